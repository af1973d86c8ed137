package io.kefu.core.taxonomy;

import java.util.Locale;

/**
 * The customer intents of the e-commerce customer-service taxonomy. {@link #id()} is the stable
 * label stored in datasets, models and ClickHouse; {@link #displayName()} is what agents and
 * dashboards show. {@link #OTHER} is what a session gets when no other intent applies (CONTRACT §3,
 * primary intent).
 */
public enum Intent {
  LOGISTICS_QUERY("logistics_query", "物流查询"),
  URGE_SHIPMENT("urge_shipment", "催发货"),
  RETURN_REFUND("return_refund", "退货退款"),
  EXCHANGE("exchange", "换货"),
  SIZE_CONSULT("size_consult", "尺码咨询"),
  QUALITY_COMPLAINT("quality_complaint", "商品质量投诉"),
  INVOICE("invoice", "发票"),
  COUPON("coupon", "优惠券"),
  CHANGE_ADDRESS("change_address", "修改地址"),
  PAYMENT_ISSUE("payment_issue", "支付问题"),
  PRICE_PROTECTION("price_protection", "价格保护"),
  REPAIR("repair", "售后维修"),
  ACCOUNT_ISSUE("account_issue", "账号问题"),
  RESTOCK("restock", "缺货到货"),
  PRODUCT_CONSULT("product_consult", "商品咨询"),
  ORDER_CANCEL("order_cancel", "订单取消"),
  DELIVERY_COMPLAINT("delivery_complaint", "配送投诉"),
  GIFT("gift", "赠品"),
  MEMBERSHIP_POINTS("membership_points", "会员积分"),
  INSTALLATION("installation", "安装服务"),
  OTHER("other", "其他");

  private final String id;
  private final String displayName;

  Intent(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * The intent with this id or display name (case-insensitive for ids).
   *
   * @throws IllegalArgumentException naming the accepted ids when none matches
   */
  public static Intent parse(String idOrName) {
    String wanted = idOrName.trim();
    for (Intent intent : values()) {
      if (intent.id.equals(wanted.toLowerCase(Locale.ROOT)) || intent.displayName.equals(wanted)) {
        return intent;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (Intent intent : values()) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(intent.id);
    }
    throw new IllegalArgumentException(
        "unknown intent '" + idOrName + "'; accepted: " + accepted + " (or their Chinese names)");
  }
}
