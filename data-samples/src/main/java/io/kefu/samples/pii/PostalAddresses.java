package io.kefu.samples.pii;

import java.util.List;
import java.util.SplittableRandom;

/** Mainland postal addresses: 省/市/区, optional 街道, road and number, compound, building, flat. */
final class PostalAddresses {

  /** "province|city|district,district,…"; an empty province marks a municipality. */
  private static final List<String> PLACES =
      List.of(
          "广东省|深圳市|南山区,福田区,宝安区,龙岗区,龙华区",
          "广东省|广州市|天河区,海珠区,番禺区,白云区,越秀区",
          "广东省|东莞市|南城区,东城区,松山湖",
          "浙江省|杭州市|西湖区,余杭区,滨江区,拱墅区,萧山区",
          "浙江省|宁波市|鄞州区,海曙区",
          "江苏省|南京市|鼓楼区,玄武区,江宁区,建邺区",
          "江苏省|苏州市|工业园区,姑苏区,吴中区",
          "四川省|成都市|武侯区,高新区,锦江区,双流区,成华区",
          "湖北省|武汉市|洪山区,江汉区,武昌区,江夏区",
          "山东省|济南市|历下区,槐荫区",
          "山东省|青岛市|市南区,崂山区,黄岛区",
          "河南省|郑州市|金水区,二七区,中原区",
          "福建省|厦门市|思明区,湖里区",
          "福建省|福州市|鼓楼区,仓山区",
          "湖南省|长沙市|岳麓区,雨花区,开福区",
          "陕西省|西安市|雁塔区,未央区,长安区",
          "安徽省|合肥市|蜀山区,包河区",
          "辽宁省|沈阳市|和平区,浑南区",
          "|北京市|朝阳区,海淀区,丰台区,东城区,通州区",
          "|上海市|浦东新区,徐汇区,闵行区,静安区,杨浦区",
          "|重庆市|渝北区,江北区,九龙坡区",
          "|天津市|南开区,河西区,滨海新区");

  private static final List<String> ROADS =
      List.of(
          "中山路", "人民路", "解放路", "建设路", "文化路", "长江路", "黄河路", "科技园路", "文三路", "学院路", "望京街", "金沙江路",
          "天府大道", "创业路", "新华路", "和平路", "南京西路", "淮海中路", "滨江大道", "光谷大道", "振华路", "凤凰路", "迎宾大道", "幸福路",
          "东风路");
  private static final List<String> STREETS =
      List.of("粤海街道", "西湖街道", "望京街道", "桃源街道", "城关街道", "新城街道", "龙华街道");
  private static final List<String> COMPOUNDS =
      List.of(
          "阳光花园", "万科城", "碧桂园", "保利花园", "翠苑一区", "金地格林小镇", "绿城桂花园", "龙湖春江郦城", "华润城", "中海国际社区", "幸福里",
          "锦绣家园", "恒大名都", "融创壹号院", "世纪城", "和平新村", "滨江花园", "紫荆苑");

  private PostalAddresses() {}

  static String draw(SplittableRandom r) {
    String[] place = PiiFactory.pick(PLACES, r).split("\\|");
    List<String> districts = List.of(place[2].split(","));
    // Some shoppers paste the address the way the shop form shows it, parts separated by spaces.
    String gap = r.nextInt(7) == 0 ? " " : "";
    StringBuilder a = new StringBuilder();
    if (!place[0].isEmpty()) {
      a.append(place[0]).append(gap);
    }
    a.append(place[1]).append(gap).append(PiiFactory.pick(districts, r)).append(gap);
    if (r.nextInt(4) == 0) {
      a.append(PiiFactory.pick(STREETS, r));
    }
    a.append(PiiFactory.pick(ROADS, r)).append(1 + r.nextInt(399)).append('号');
    if (r.nextInt(5) > 0) {
      a.append(PiiFactory.pick(COMPOUNDS, r));
    }
    return a.append(unit(r)).toString();
  }

  private static String unit(SplittableRandom r) {
    int floor = 1 + r.nextInt(32);
    String flat = floor + String.format("%02d", 1 + r.nextInt(4));
    return switch (r.nextInt(4)) {
      case 0 -> (1 + r.nextInt(20)) + "号楼" + (1 + r.nextInt(4)) + "单元" + flat;
      case 1 -> (char) ('A' + r.nextInt(4)) + "座" + flat + "室";
      default -> (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(6)) + "单元" + flat + "室";
    };
  }
}
