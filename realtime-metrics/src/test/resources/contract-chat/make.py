#!/usr/bin/env python3
"""Independent test data for the Kefu Insight streaming metrics (CONTRACT.md §2, §3).

Usage:  python3 make.py OUTDIR [--seed N]

Written only from the published contract (§2 chat event schema, §3 metric definitions);
nothing of the system under test or its own generator was read.  Python 3 stdlib only,
deterministic for a given seed (default 20260301).

Output
  OUTDIR/raw/events-1.jsonl, OUTDIR/raw/events-2.jsonl   raw chat events, one JSON object a line
  OUTDIR/expected/csat_daily.csv                day,rated,satisfied,rating_sum,ended
  OUTDIR/expected/csat_daily_by_channel.csv     day,channel,rated,satisfied,rating_sum,ended
  OUTDIR/expected/fcr_daily.csv                 day,issues,resolved_first_contact
  OUTDIR/expected/sessions.csv                  one row per valid session
  OUTDIR/expected/dead_letters.txt              line 1: number of invalid lines; then one line each
  OUTDIR/expected/summary.json                  totals and hard-case counts

Definitions used for the expected figures
  * Day = Asia/Shanghai (UTC+08:00, no DST) calendar date of the session's valid session_start.
  * ended = the session has a valid session_end (a session_end line that is itself invalid,
    e.g. with a bad ts, does not end the session).
  * rated / satisfied / rating_sum: the first valid csat of the session by EVENT TIME (ts), not
    by file position; later ratings are ignored; an invalid csat (rating 0/6, bad ts, bad channel)
    never counts, not even as "the first".  Ratings arriving hours after session_end still count
    for the session's start day.  satisfied = first rating >= 4.
  * Primary intent = the intent the customer messages of the session were written for (the
    first customer message that is not a pure greeting/filler states it clearly).
  * FCR with W = 72 h.  "Within W" means a time difference d with 0 <= d < 72 h (STRICTLY LESS
    than 72 h); a difference of exactly 72 h would be outside the window.  The data deliberately
    keeps every same-(customer, intent) gap at least 10 minutes away from 72 h (checked below),
    so the expected figures do not depend on how an implementation treats the exact boundary.
      - Issue: session S of (C, I) such that no other session of (C, I) started in [S.start-W, S.start).
      - Resolved on first contact: the issue's session has a valid session_end with
        end_reason=resolved and no session of (C, I) starts in [S.end, S.end+W).
    The data contains no chain where "within W of ANY earlier session" and "within W of the
    issue's first session" would disagree (checked below), and no (C, I) session starting
    while an earlier one of the same (C, I) is still open.
  * A valid line = JSON object obeying the §2 table; the required fields checked are event_id,
    type, session_id, customer_id, agent_id (string or null), channel, ts (ISO-8601 with a
    Z or +hh:mm offset), plus role/text for message, end_reason for session_end, integer
    rating 1..5 for csat.  Each invalid line breaks exactly one rule and has its own event_id
    (or none at all), so its reason is unambiguous.  Duplicates = valid lines whose event_id was
    already seen (exact copies and re-serialised copies of the same event).
"""
import csv
import io
import json
import os
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone

SEED = 20260301
SH = timezone(timedelta(hours=8))
UTC = timezone.utc
W = timedelta(hours=72)
BOUNDARY_MARGIN = timedelta(minutes=10)
DATA_START = datetime(2026, 3, 1, tzinfo=SH)
N_DAYS = 6
DATA_END = DATA_START + timedelta(days=N_DAYS)
N_SESSIONS = 360

INTENTS = ["logistics_query", "urge_shipment", "return_refund", "exchange", "size_consult",
           "quality_complaint", "invoice", "coupon", "change_address", "payment_issue",
           "price_protection", "repair", "account_issue", "restock", "product_consult",
           "order_cancel", "delivery_complaint", "gift", "membership_points", "installation"]
CHANNELS = ["app", "web", "wechat", "mini_program"]
TYPES = ["session_start", "message", "transfer", "session_end", "csat"]
ROLES = ["customer", "agent", "bot"]
END_REASONS = ["resolved", "transferred", "abandoned", "timeout"]
OFFSETS = {"+08:00": 480, "Z": 0, "+00:00": 0, "-05:00": -300, "+09:00": 540}
OFFSET_WEIGHTS = [("+08:00", 55), ("Z", 15), ("+00:00", 10), ("-05:00", 10), ("+09:00", 10)]
AGENTS = ["a%03d" % n for n in (3, 5, 7, 11, 12, 17, 19, 21, 23, 26, 28, 31, 33, 34, 38, 41, 42, 45, 47, 52)]
AGENT_NAMES = ["小美", "阿杰", "小雨", "晓峰", "可可", "大伟", "糖糖", "小林"]

# ---------------------------------------------------------------------------------------------
# Customer language.  Each phrasing states one intent clearly to a human reader.
# ---------------------------------------------------------------------------------------------
ITEMS = {
    "default": ["连衣裙", "蓝牙耳机", "保温杯", "运动鞋", "面霜", "猫粮", "双肩包", "T恤", "电动牙刷", "床上四件套"],
    "size_consult": ["羽绒服", "牛仔裤", "运动鞋", "卫衣", "连衣裙"],
    "repair": ["扫地机器人", "蓝牙耳机", "电饭煲", "吹风机", "平板"],
    "installation": ["空调", "热水器", "油烟机", "洗碗机", "净水器"],
    "restock": ["白色卫衣", "小白鞋", "防晒霜", "猫爬架", "保温杯"],
}
PHRASES = {
    "logistics_query": [
        "我的快递到哪了？订单号{order}",
        "帮我查下物流，{order}这个单子好几天没动了",
        "物流信息一直显示运输中，是不是丢件了",
        "请问我买的{item}现在到哪里了，物流怎么一直不更新",
        "查一下快递，单号{order}，显示到站了但一直没派送",
        "亲 帮我看看物流撒 三天了都没更新",
    ],
    "urge_shipment": [
        "怎么还没发货啊，都下单三天了",
        "麻烦催一下发货，{order}，急用！！",
        "说好48小时发货的，现在还没动静",
        "肿么还不发货，能不能快点发",
        "我买的{item}什么时候能发出？着急用",
        "能不能今天就发货，明天就要用了",
    ],
    "return_refund": [
        "我要退货退款，{item}不想要了",
        "申请的退款怎么一直没到账？订单{order}",
        "七天无理由退货怎么操作",
        "退货寄回去好几天了，退款什么时候到",
        "这个{item}不合适想退掉，退货运费谁出",
        "退款申请被驳回了是什么原因",
    ],
    "exchange": [
        "我想换个颜色，{item}能换货吗",
        "收到的尺码不对，可以给我换一件吗",
        "换货流程是怎样的，要我先寄回去吗",
        "想把{item}换成大一号的",
        "能不能直接换个新的，不想退款",
    ],
    "size_consult": [
        "身高170体重65kg穿什么码",
        "这件{item}偏大还是偏小？我平时穿M",
        "脚长25.5cm穿多大码的鞋",
        "请问尺码表准吗，165/50kg穿S还是M",
        "宝宝3岁身高100cm，选哪个码合适",
    ],
    "quality_complaint": [
        "收到的{item}有破损，质量太差了",
        "衣服洗了一次就掉色起球，什么质量啊",
        "新买的{item}质量太差了，我要投诉",
        "东西有一股很大的异味，是不是劣质货",
        "鞋子穿了一周就开胶了，这质量也太差了",
        "做工太粗糙了，线头到处都是，要投诉质量问题",
    ],
    "invoice": [
        "怎么开发票？需要增值税专用发票",
        "订单{order}的发票帮我开一下，抬头是公司",
        "电子发票在哪里下载",
        "发票抬头写错了，能重开吗",
        "我要开票，税号怎么发给你们",
    ],
    "coupon": [
        "优惠券为什么用不了",
        "领的满300减50的券下单时不显示",
        "新人优惠券过期了能补发吗",
        "下单的时候忘记用优惠券了，还能用吗",
        "店铺券和平台券可以叠加使用吗",
    ],
    "change_address": [
        "地址填错了，能帮我改一下收货地址吗",
        "订单{order}要改地址，改成公司的地址",
        "还没发货的话帮我改下收件人电话，新号码{phone}",
        "搬家了，麻烦把收货地址改成杭州市西湖区文三路",
        "收货地址写错了一个字，能修改吗",
    ],
    "payment_issue": [
        "付款一直失败是怎么回事",
        "钱扣了但是订单显示未支付",
        "微信支付不了，一直提示支付异常",
        "重复扣款了两次，{amount}元，帮我查一下",
        "信用卡付不了款，页面一直转圈",
    ],
    "price_protection": [
        "刚买就降价了，能保价吗",
        "我买的时候{amount}元现在便宜了50，申请价保",
        "价格保护怎么申请，差价能退吗",
        "买完第二天就降价了，太坑了，给我退差价",
        "活动价比我买的便宜，能补差价吗？订单{order}",
    ],
    "repair": [
        "{item}坏了，怎么申请保修",
        "耳机左边没声音了，能维修吗",
        "还在保修期内，去哪里修",
        "{item}开不了机了，需要寄修吗",
        "售后维修一般多久能修好",
    ],
    "account_issue": [
        "账号登录不上去了，一直提示密码错误",
        "手机号换了，怎么换绑账号",
        "收不到验证码，登录不了账号",
        "我的账号被冻结了是什么原因",
        "怎么注销账号",
    ],
    "restock": [
        "这款{item}什么时候补货",
        "L码一直缺货，还会到货吗",
        "黑色没货了，什么时候有货",
        "到货通知能设置吗，想等补货",
        "断货好久了，{item}还会再上架吗",
    ],
    "product_consult": [
        "这个{item}是什么材质的",
        "请问这款支持无线充电吗",
        "这两款有什么区别，推荐哪个",
        "保质期多久？是正品吗",
        "这个{item}适合油皮用吗",
    ],
    "order_cancel": [
        "订单{order}我不想要了，帮我取消",
        "拍错了，怎么取消订单",
        "能取消订单吗？还没发货",
        "下单下重复了，帮我取消一单",
        "麻烦取消一下刚下的单，买错型号了",
    ],
    "delivery_complaint": [
        "快递员没打电话就直接放驿站了，我要投诉",
        "你们的快递员态度太差了，投诉！",
        "显示签收了但我根本没收到！！",
        "送货上门非要我下楼去拿，投诉快递员",
        "包裹被直接扔在门口，都淋湿了",
    ],
    "gift": [
        "说好的赠品怎么没收到",
        "满赠的{item}漏发了",
        "赠品可以换成别的吗",
        "买一送一送的那个没有啊",
        "活动送的小样呢？包裹里没看到",
    ],
    "membership_points": [
        "积分怎么兑换",
        "我的会员积分怎么少了",
        "购物的积分一直没到账",
        "会员等级怎么升级，积分快过期了",
        "会员积分能抵现吗",
    ],
    "installation": [
        "{item}什么时候上门安装",
        "{item}需要自己安装吗，有没有师傅上门",
        "预约一下安装师傅，地址是{addr}",
        "安装师傅一直没联系我，{item}还没装",
        "上门安装要收费吗",
    ],
}
GREETINGS = ["在吗", "在吗？", "你好", "您好", "在么", "有人吗？？", "亲 在吗", "hello", "ｈｅｌｌｏ",
             "你好～", "客服在吗", "哈喽", "再吗", "在吗在吗", "👋", "你好呀😊"]
FOLLOWUPS = ["好的谢谢", "好的，辛苦了🙏", "那大概要多久？", "麻烦尽快处理", "ＯＫ", "收到",
             "行吧。。。", "谢谢亲~", "我等你们消息", "还有别的办法吗", "嗯嗯", "好滴",
             "我手机号是{phone}", "订单号是{order}", "？？？", "好的👌"]
SUBST_PREFIX = ["亲，", "客服，", "你好，", "在吗 ", "您好！", "hello "]
EMOJI = ["😭", "🙏", "😡", "😤", "🥲", "😅", "👀", "[流泪]", "[发怒]", "💔"]
TYPOS = [("怎么", "肿么"), ("什么", "神马"), ("已经", "以经"), ("没有", "木有"), ("一下", "一哈"),
         ("这个", "这各"), ("还没", "还木")]
ADDRS = ["上海市浦东新区张江路88号", "北京市朝阳区望京街10号院3号楼", "广州市天河区体育西路1号", "成都市武侯区天府大道北段"]

BOT_GREET = ["您好，我是智能客服小K，请问有什么可以帮您？", "亲，欢迎光临～请描述一下您遇到的问题",
             "您好！智能助手为您服务，请直接输入您的问题"]
BOT_ANSWER = ["亲，为您找到以下相关解答，请问是否解决了您的问题？", "您可以在【我的-订单】中查看详情哦",
              "小K没太理解您的问题，可以换个说法吗？", "相关规则请参考：<a href=\"https://help.example.com\">帮助中心</a>"]
BOT_TRANSFER = ["正在为您转接人工客服，请稍候...", "已为您转接人工，当前排队人数2人"]
BOT_WAIT = ["正在为您查询，请稍等~"]
AGENT_GREET = ["您好，我是客服{name}，很高兴为您服务", "亲，您好～这边是人工客服{name}，请问有什么可以帮您"]
AGENT_WAIT = ["我这边帮您核实一下，稍等哦", "已经帮您提交加急了，有结果第一时间回复您"]
AGENT_CLOSE = ["请问还有其他可以帮您的吗？", "感谢您的耐心，祝您生活愉快！", "麻烦您对本次服务做个评价哦~"]
AGENT_REPLY = {
    "logistics_query": ["亲，帮您查询了，包裹目前在转运中心，预计明天送达", "已联系快递催促派送，请留意电话"],
    "urge_shipment": ["已经帮您催促仓库，今天18点前发出", "非常抱歉久等了，已给您加急处理"],
    "return_refund": ["退货申请已审核通过，退款1-3个工作日原路退回", "您好，仓库签收后会尽快为您退款"],
    "exchange": ["可以换货的，请在订单页申请换货并寄回原商品", "已为您登记换货，新的尺码会在收到退件后发出"],
    "size_consult": ["根据您的身高体重，建议选择L码", "这款偏小一码，建议拍大一码哦"],
    "quality_complaint": ["非常抱歉给您带来不好的体验，麻烦提供一下照片", "已为您登记质量问题，可以补发或退款"],
    "invoice": ["发票会在确认收货后开具，可在订单详情下载", "麻烦提供一下抬头和税号，帮您重新开具"],
    "coupon": ["这张券需要满足指定商品才能使用哦", "已为您补发一张同等面额的优惠券"],
    "change_address": ["地址已为您修改成功", "订单已出库，帮您联系快递改派"],
    "payment_issue": ["重复扣款会在24小时内自动退回", "请您更换支付方式再试一下"],
    "price_protection": ["已为您申请价保，差价会退回原支付账户", "这款在价保期内，已提交退差价"],
    "repair": ["在保修期内可以免费维修，请寄回售后中心", "已为您创建维修单，快递员会上门取件"],
    "account_issue": ["已帮您解除冻结，请重新登录试试", "换绑手机号可以在【设置-账号安全】中操作"],
    "restock": ["预计下周补货，可以点击到货提醒", "这个颜色暂时没有补货计划，非常抱歉"],
    "product_consult": ["这款是纯棉材质的，亲肤透气", "两款主要区别在容量，推荐大容量那款"],
    "order_cancel": ["订单已为您取消，款项原路退回", "订单已发货无法取消，可以拒收哦"],
    "delivery_complaint": ["非常抱歉，已向快递公司投诉核实", "已登记投诉，快递站点会联系您"],
    "gift": ["赠品已为您安排补发", "赠品不支持更换哦，非常抱歉"],
    "membership_points": ["积分可以在会员中心兑换优惠券", "积分会在确认收货后7天到账"],
    "installation": ["已为您预约明天上午的安装师傅", "安装是免费的，师傅会提前电话联系您"],
}

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.used_ids = set()
        self.subst_text_intent = {}   # every substantive customer text written -> its intent
        self.neutral_texts = set()    # greetings / follow-ups (no intent)
        self.sessions = []
        self.cust_counter = 0

    # ---- ids ----------------------------------------------------------------------------
    def new_id(self, prefix, bits=48):
        while True:
            v = "%s%0*x" % (prefix, bits // 4, self.rng.getrandbits(bits))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def new_customer(self):
        while True:
            v = "u%08d" % self.rng.randrange(10 ** 7, 10 ** 8)
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    # ---- text ---------------------------------------------------------------------------
    def order_no(self):
        s = "2603" + "".join(self.rng.choice("0123456789") for _ in range(15))
        if self.rng.random() < 0.25:
            s = s.translate(FULLWIDTH_DIGITS)
        return s

    def phone(self):
        s = "1" + self.rng.choice("35789") + "".join(self.rng.choice("0123456789") for _ in range(9))
        r = self.rng.random()
        if r < 0.2:
            s = s[:3] + " " + s[3:7] + " " + s[7:]
        elif r < 0.35:
            s = s[:3] + "-" + s[3:7] + "-" + s[7:]
        elif r < 0.45:
            s = s.translate(FULLWIDTH_DIGITS)
        return s

    def fill(self, tpl, intent):
        items = ITEMS.get(intent, ITEMS["default"])
        return (tpl.replace("{order}", self.order_no()).replace("{phone}", self.phone())
                .replace("{item}", self.rng.choice(items))
                .replace("{amount}", str(self.rng.choice([59, 99, 129, 199.9, 268, 399, 1299])))
                .replace("{addr}", self.rng.choice(ADDRS)))

    def substantive(self, intent):
        rng = self.rng
        t = self.fill(rng.choice(PHRASES[intent]), intent)
        if rng.random() < 0.15:
            for a, b in TYPOS:
                if a in t:
                    t = t.replace(a, b, 1)
                    break
        if rng.random() < 0.3:
            t = t.replace("？", "?").replace("，", ",") if rng.random() < 0.5 else t.replace("?", "？").replace(",", "，")
        if rng.random() < 0.2:
            t = rng.choice(SUBST_PREFIX) + t
        if rng.random() < 0.15:
            t += rng.choice(["？？？", "!!!", "！！", "。。。"])
        if rng.random() < 0.25:
            t += rng.choice(EMOJI)
        if rng.random() < 0.04:
            t = t.replace("，", "<br/>", 1) if "，" in t else t + "&nbsp;"
        if rng.random() < 0.05:
            t = " " + t + "  "
        prev = self.subst_text_intent.get(t)
        assert prev in (None, intent), (t, prev, intent)
        self.subst_text_intent[t] = intent
        return t

    def neutral(self, kind):
        t = self.rng.choice(GREETINGS if kind == "greet" else FOLLOWUPS)
        t = t.replace("{phone}", self.phone()).replace("{order}", self.order_no())
        self.neutral_texts.add(t)
        return t

    # ---- one session --------------------------------------------------------------------
    def make_session(self, cid, intent, start, end_reason, channel=None, flow=None, pause=None,
                     tags=(), group=None):
        """end_reason None = still open (no session_end ever)."""
        rng = self.rng
        s = {"sid": self.new_id("cs_"), "cid": cid, "intent": intent, "start": start,
             "channel": channel or rng.choice(CHANNELS), "end_reason": end_reason,
             "tags": list(tags), "group": group, "events": [], "ratings": [], "invalid": [],
             "forced_off": {}}
        if flow is None:
            flow = rng.choices(["bot_then_agent", "bot_only", "agent_direct"], [55, 20, 25])[0]
        if end_reason == "transferred" and flow == "bot_only":
            flow = "bot_then_agent"
        s["flow"] = flow
        agent = rng.choice(AGENTS) if flow == "agent_direct" else None
        t = start
        ev = []

        def add(typ, **f):
            ev.append({"_t": t, "type": typ, "agent_id": f.pop("agent_id", agent), "f": f})

        def step(lo, hi):
            nonlocal t
            t = t + timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.choice([0, 0, 0, rng.randint(1, 999)]))
            t = t.replace(microsecond=(t.microsecond // 1000) * 1000)

        add("session_start")
        if flow != "agent_direct":
            step(1, 3)
            add("message", role="bot", text=rng.choice(BOT_GREET))
        else:
            step(2, 20)
            add("message", role="agent", text=rng.choice(AGENT_GREET).replace("{name}", rng.choice(AGENT_NAMES)))
        n = rng.choices([1, 2, 3, 4], [25, 35, 25, 15])[0]
        msgs = []
        if n >= 2 and rng.random() < 0.5:
            msgs.append(self.neutral("greet"))
        msgs.append(self.substantive(intent))
        while len(msgs) < n:
            msgs.append(self.neutral("follow"))
        s["customer_texts"] = msgs
        transferred_yet = False
        paused = False
        for i, m in enumerate(msgs):
            step(4, 90)
            add("message", role="customer", text=m)
            if end_reason == "abandoned" and i == len(msgs) - 1 and rng.random() < 0.6:
                break
            step(2, 40)
            if agent is None:
                if flow == "bot_then_agent" and i == len(msgs) - 1 or (flow == "bot_then_agent" and i >= 1):
                    add("message", role="bot", text=rng.choice(BOT_TRANSFER))
                    step(5, 120)
                    agent = rng.choice(AGENTS)
                    add("transfer")
                    transferred_yet = True
                    step(3, 30)
                    add("message", role="agent", text=rng.choice(AGENT_GREET).replace("{name}", rng.choice(AGENT_NAMES)))
                    step(10, 60)
                    add("message", role="agent", text=rng.choice(AGENT_REPLY[intent]))
                else:
                    add("message", role="bot", text=rng.choice(BOT_ANSWER if i else BOT_ANSWER[:2]))
            else:
                add("message", role="agent", text=rng.choice(AGENT_REPLY[intent]))
            if pause is not None and not paused:
                paused = True
                step(2, 10)
                if agent is None:
                    add("message", role="bot", text=rng.choice(BOT_WAIT))
                else:
                    add("message", role="agent", text=rng.choice(AGENT_WAIT))
                t = t + pause
                add("message", role=("agent" if agent else "bot"),
                    text=("让您久等了，" + rng.choice(AGENT_REPLY[intent])) if agent else rng.choice(BOT_ANSWER))
        if pause is not None and not paused:   # abandoned before the pause point
            t = t + pause
        s["transferred"] = transferred_yet
        if end_reason is None:
            s["end"] = None
        else:
            if end_reason == "resolved":
                if agent:
                    step(5, 60)
                    add("message", role="agent", text=rng.choice(AGENT_CLOSE))
                step(10, 120)
            elif end_reason == "transferred":
                step(20, 90)
                add("message", role="agent" if agent else "bot", text="这个问题需要专员处理，为您转接售后专线")
                step(5, 30)
                agent = rng.choice([a for a in AGENTS if a != agent])
                add("transfer")
                step(5, 60)
            elif end_reason == "abandoned":
                step(60, 300)
            else:  # timeout
                step(600, 900)
            add("session_end", end_reason=end_reason)
            s["end"] = t
        s["last_agent"] = agent
        s["events"] = ev
        s["end_valid"] = end_reason is not None
        for e in ev:
            e["sid"] = s["sid"]
        self.sessions.append(s)
        return s

    def add_rating(self, s, when, value, tag=None, valid=True, defect=None):
        e = {"_t": when, "type": "csat", "agent_id": s["last_agent"], "f": {"rating": value}, "sid": s["sid"]}
        if defect:
            e["defect"] = defect
            s["invalid"].append(e)
        else:
            s["events"].append(e)
            s["ratings"].append((when, value))
        if tag:
            s["tags"].append(tag)
        return e


def ts_render(dt, off, force_frac=False):
    local = dt.astimezone(timezone(timedelta(minutes=OFFSETS[off])))
    out = local.strftime("%Y-%m-%dT%H:%M:%S")
    if local.microsecond or force_frac:
        out += ".%03d" % (local.microsecond // 1000)
    return out + ("Z" if off == "Z" else off)


def rand_time(rng, day_lo, day_hi, hour_lo=8, hour_hi=22):
    d = rng.randrange(day_lo, day_hi + 1)
    return DATA_START + timedelta(days=d, hours=rng.randint(hour_lo, hour_hi), minutes=rng.randint(0, 59),
                                  seconds=rng.randint(0, 59))


HOUR_WEIGHTS = [1.2, .6, .3, .3, .3, .5, 1, 2, 4, 6, 7, 7, 6, 6, 7, 7, 6, 5, 5, 6, 7, 7, 6, 3]


def pick_outcome(rng, open_p=0.05):
    if rng.random() < open_p:
        return None
    return rng.choices(END_REASONS, [58, 10, 16, 16])[0]


def build(seed):
    g = Gen(seed)
    rng = g.rng
    scen = {}

    def scenario(name, count, fn):
        scen[name] = count
        for k in range(count):
            fn(k)

    short = lambda: None  # noqa: E731  (no pause: session lasts minutes)

    # --- FCR / re-contact scenarios: dedicated customers, one (C, I) group each -------------
    def s71e(k):  # re-contact 71 h after the earlier session ENDED -> repeat contact, A not FCR
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 2, 8, 20), "resolved", tags=["recontact_71h_after_end:A"], group="s71e%d" % k)
        g.make_session(c, i, a["end"] + timedelta(hours=71), pick_outcome(rng, 0), tags=["recontact_71h_after_end:B"], group="s71e%d" % k)

    def s73e(k):  # re-contact 73 h after end -> new issue, A resolved on first contact
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 2, 8, 20), "resolved", tags=["recontact_73h_after_end:A"], group="s73e%d" % k)
        g.make_session(c, i, a["end"] + timedelta(hours=73), pick_outcome(rng, 0), tags=["recontact_73h_after_end:B"], group="s73e%d" % k)

    def s71s(k):  # start-to-start 71 h -> repeat contact; A (resolved) not FCR
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 2, 8, 20), "resolved", tags=["start_to_start_71h:A"], group="s71s%d" % k)
        g.make_session(c, i, a["start"] + timedelta(hours=71), pick_outcome(rng, 0), tags=["start_to_start_71h:B"], group="s71s%d" % k)

    def s73s_long(k):  # start-to-start 73 h but A lasted ~2 h: B new issue, yet B started 71 h after A ended -> A not FCR
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 2, 8, 19), "resolved", flow="agent_direct",
                           pause=timedelta(minutes=rng.randint(100, 125)), tags=["start_to_start_73h_long_first:A"], group="s73l%d" % k)
        g.make_session(c, i, a["start"] + timedelta(hours=73), pick_outcome(rng, 0), tags=["start_to_start_73h_long_first:B"], group="s73l%d" % k)

    def s73s_short(k):  # start-to-start 73 h, A short -> B new issue, A FCR
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 2, 8, 20), "resolved", tags=["start_to_start_73h_short_first:A"], group="s73s%d" % k)
        g.make_session(c, i, a["start"] + timedelta(hours=73), pick_outcome(rng, 0), tags=["start_to_start_73h_short_first:B"], group="s73s%d" % k)

    def diff_intent(k):  # same customer, other intent inside 72 h -> new issue; A stays FCR
        c = g.new_customer()
        i1, i2 = rng.sample(INTENTS, 2)
        a = g.make_session(c, i1, rand_time(rng, 0, 2), "resolved", tags=["same_customer_other_intent_within_72h:A"], group="diff%d" % k)
        g.make_session(c, i2, a["end"] + timedelta(hours=rng.randint(2, 60), minutes=rng.randint(0, 59)),
                       pick_outcome(rng, 0), tags=["same_customer_other_intent_within_72h:B"], group="diff%d" % k)

    def repeat_short(k):  # same intent again a few hours later -> repeat contact
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 3), "resolved" if k % 2 == 0 else rng.choice(["abandoned", "timeout"]),
                           tags=["repeat_contact_within_30h:A"], group="rep%d" % k)
        g.make_session(c, i, a["end"] + timedelta(hours=rng.randint(1, 29), minutes=rng.randint(0, 59)),
                       pick_outcome(rng, 0), tags=["repeat_contact_within_30h:B"], group="rep%d" % k)

    def chain3(k):  # A, repeat B ~1 day later, C 76 h after B (and ~100 h after A): C new issue
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 1, 8, 14), "resolved", tags=["chain_of_three:A"], group="ch%d" % k)
        b = g.make_session(c, i, a["end"] + timedelta(hours=rng.randint(18, 26)), "resolved", tags=["chain_of_three:B"], group="ch%d" % k)
        g.make_session(c, i, b["start"] + timedelta(hours=76), pick_outcome(rng, 0), tags=["chain_of_three:C"], group="ch%d" % k)

    def open_first(k):  # first session never ends; repeat 20 h later
        c, i = g.new_customer(), rng.choice(INTENTS)
        a = g.make_session(c, i, rand_time(rng, 0, 4), None, tags=["open_first_session_then_repeat:A"], group="open%d" % k)
        g.make_session(c, i, a["start"] + timedelta(hours=20), "resolved", tags=["open_first_session_then_repeat:B"], group="open%d" % k)

    scenario("recontact_71h_after_end", 4, s71e)
    scenario("recontact_73h_after_end", 4, s73e)
    scenario("start_to_start_71h", 3, s71s)
    scenario("start_to_start_73h_long_first", 3, s73s_long)
    scenario("start_to_start_73h_short_first", 3, s73s_short)
    scenario("same_customer_other_intent_within_72h", 5, diff_intent)
    scenario("repeat_contact_within_30h", 4, repeat_short)
    scenario("chain_of_three", 2, chain3)
    scenario("open_first_session_then_repeat", 2, open_first)

    # --- midnight sessions: start 23:40-23:56 Shanghai, end after midnight -----------------
    midnight = []
    for d in range(N_DAYS):
        st = DATA_START + timedelta(days=d, hours=23, minutes=rng.randint(40, 56), seconds=rng.randint(0, 59))
        nxt = DATA_START + timedelta(days=d + 1)
        s = g.make_session(g.new_customer(), rng.choice(INTENTS), st, rng.choice(["resolved", "resolved", "abandoned"]),
                           flow="agent_direct", pause=(nxt - st) + timedelta(minutes=rng.randint(1, 6)),
                           tags=["crosses_midnight_shanghai"])
        if d % 2 == 0:
            s["forced_off"]["session_start"] = "+09:00"   # written date = next day
            s["tags"].append("start_written_in_+09:00_shows_next_date")
        midnight.append(s)
    scen["crosses_midnight_shanghai"] = N_DAYS
    # --- early-morning Shanghai starts written in UTC / -05:00 (written date = previous day)
    for k in range(6):
        st = rand_time(rng, 1, 5, 0, 7)
        s = g.make_session(g.new_customer(), rng.choice(INTENTS), st, pick_outcome(rng, 0),
                           tags=["utc_day_differs_from_shanghai_day"])
        s["forced_off"]["session_start"] = ["Z", "-05:00", "+00:00"][k % 3]
    scen["utc_day_differs_from_shanghai_day"] = 6

    # --- background traffic up to N_SESSIONS ------------------------------------------------
    bg_customers = []   # (cid, set of intents)
    while len(g.sessions) < N_SESSIONS:
        d = rng.randrange(N_DAYS)
        h = rng.choices(range(24), HOUR_WEIGHTS)[0]
        st = DATA_START + timedelta(days=d, hours=h, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if bg_customers and rng.random() < 0.15:
            cid, used = bg_customers[rng.randrange(len(bg_customers))]
            intent = rng.choice([x for x in INTENTS if x not in used])
            used.add(intent)
            tag = ["background_customer_reused_other_intent"]
        else:
            cid, intent = g.new_customer(), rng.choice(INTENTS)
            bg_customers.append((cid, {intent}))
            tag = []
        g.make_session(cid, intent, st, pick_outcome(rng), tags=tag)

    # --- ratings ------------------------------------------------------------------------------
    prob = {"resolved": 0.6, "transferred": 0.4, "abandoned": 0.2, "timeout": 0.2}
    rvals = lambda: rng.choices([5, 4, 3, 2, 1], [45, 25, 12, 8, 10])[0]  # noqa: E731
    special_pool = [s for s in g.sessions if s["end"] is not None and not s["group"]
                    and "crosses_midnight_shanghai" not in s["tags"]]
    rng.shuffle(special_pool)
    taken = set()

    def take(n, pred=lambda s: True):
        out = []
        for s in special_pool:
            if s["sid"] not in taken and pred(s):
                out.append(s)
                taken.add(s["sid"])
                if len(out) == n:
                    break
        assert len(out) == n
        return out

    hard = {}
    # late ratings 1-6 h after session_end (two of them on midnight-crossing sessions)
    late = [s for s in midnight if s["end_reason"] == "resolved"][:2]
    for s in late:
        taken.add(s["sid"])
    late += take(7)
    for s in late:
        g.add_rating(s, s["end"] + timedelta(minutes=rng.randint(65, 355), seconds=rng.randint(0, 59)), rvals(),
                     "late_rating_1_6h_after_end")
    hard["late_rating_1_6h_after_end"] = len(late)
    # second (later, different) ratings -- must not count; first in file order for half of them
    sec = take(6)
    for k, s in enumerate(sec):
        r1 = [2, 5, 1, 4, 3, 5][k]
        r2 = [5, 2, 4, 1, 5, 3][k]
        t1 = s["end"] + timedelta(seconds=rng.randint(10, 300))
        g.add_rating(s, t1, r1, "second_rating_ignored")
        e2 = g.add_rating(s, t1 + timedelta(minutes=rng.randint(5, 180)), r2)
        if k % 2 == 0:
            e2["file_before_first_rating"] = True
            s["tags"].append("second_rating_line_before_first_rating_line")
    hard["second_rating_ignored"] = len(sec)
    # rating line placed in the file before every other event of its session
    first_in_file = take(5)
    for s in first_in_file:
        e = g.add_rating(s, s["end"] + timedelta(seconds=rng.randint(10, 600)), rvals(), "rating_line_before_session_events")
        e["file_first"] = True
        s["one_file"] = True
    hard["rating_line_before_session_events"] = len(first_in_file)
    # invalid rating (0) earlier than the valid one -> valid one is the first rating
    for k, s in enumerate(take(3)):
        g.add_rating(s, s["end"] + timedelta(seconds=20), 0, "invalid_rating0_then_valid", defect="rating_out_of_range")
        g.add_rating(s, s["end"] + timedelta(seconds=rng.randint(60, 400)), [3, 4, 2][k])
    # only an invalid rating -> not rated
    for k, s in enumerate(take(4)):
        g.add_rating(s, s["end"] + timedelta(seconds=rng.randint(10, 300)), [6, 6, 6, 0][k], "only_invalid_rating", defect="rating_out_of_range")
    # valid rating, then a later invalid 6 (no effect)
    for s in take(1):
        g.add_rating(s, s["end"] + timedelta(seconds=30), 4)
        g.add_rating(s, s["end"] + timedelta(seconds=300), 6, "invalid_rating_after_valid", defect="rating_out_of_range")
    # csat with a bad ts / bad channel as the only rating -> not rated
    for s in take(2):
        g.add_rating(s, s["end"] + timedelta(seconds=45), 5, "only_rating_has_bad_ts", defect="bad_ts")
    for s in take(2):
        g.add_rating(s, s["end"] + timedelta(seconds=45), 5, "only_rating_has_bad_channel", defect="bad_channel")
    # session_end with a bad ts (only session_end) -> session not ended
    for s in take(2, lambda s: s["end_reason"] == "resolved"):
        end_ev = [e for e in s["events"] if e["type"] == "session_end"][0]
        s["events"].remove(end_ev)
        end_ev["defect"] = "bad_ts"
        s["invalid"].append(end_ev)
        s["end_valid"] = False
        s["tags"].append("only_session_end_has_bad_ts")
    # ordinary ratings for the rest
    for s in g.sessions:
        if s["sid"] in taken or s["end"] is None or not s["end_valid"] or s["ratings"]:
            continue
        if rng.random() < prob[s["end_reason"]]:
            g.add_rating(s, s["end"] + timedelta(seconds=rng.randint(5, 600)), rvals())

    # more invalid lines attached to real sessions (never changing what counts)
    def pick_sess():
        return g.sessions[rng.randrange(len(g.sessions))]
    for k in range(4):
        s = pick_sess()
        e = {"_t": s["start"] + timedelta(seconds=rng.randint(5, 200)), "type": "message", "agent_id": None,
             "f": {"role": "customer", "text": rng.choice(GREETINGS)}, "sid": s["sid"], "defect": "missing_role"}
        s["invalid"].append(e)
    for k in range(4):
        s = pick_sess()
        e = {"_t": s["start"] + timedelta(seconds=rng.randint(5, 200)), "type": ["typing", "read_receipt", "heartbeat", "note"][k],
             "agent_id": None, "f": {}, "sid": s["sid"], "defect": "unknown_type"}
        s["invalid"].append(e)
    for k in range(3):
        s = pick_sess()
        e = {"_t": s["start"] + timedelta(seconds=rng.randint(5, 200)), "type": "message", "agent_id": None,
             "f": {"role": "customer", "text": rng.choice(FOLLOWUPS[:6])}, "sid": s["sid"], "defect": "bad_ts"}
        s["invalid"].append(e)
    for k in range(4):
        s = pick_sess()
        e = {"_t": s["start"] + timedelta(seconds=rng.randint(5, 200)), "type": ["csat", "message", "session_end", "message"][k],
             "agent_id": None, "f": [{"rating": 1}, {"role": "customer", "text": "在吗"}, {"end_reason": "resolved"},
                                     {"role": "agent", "text": "您好"}][k], "sid": s["sid"], "defect": "missing_session_id"}
        s["invalid"].append(e)
    g.scenarios = scen
    g.hard = hard
    return g


# -------------------------------------------------------------------------------------------------
# Serialisation into the two raw files
# -------------------------------------------------------------------------------------------------
KEY_ORDER = ["event_id", "type", "session_id", "customer_id", "agent_id", "channel", "ts", "role", "text",
             "end_reason", "rating"]
BAD_TS = ["2026-03-02 10:00:00", "2026-03-02T10:00:00", "2026-13-02T10:00:00+08:00", "2026-03-02T25:10:00+08:00",
          "yesterday", "2026/03/02 10:00:00+08:00", "2026-03-32T08:00:00Z"]


def event_obj(g, s, e, off):
    o = {"event_id": e["event_id"], "type": e["type"], "session_id": s["sid"], "customer_id": s["cid"],
         "agent_id": e["agent_id"], "channel": s["channel"], "ts": ts_render(e["_t"], off, e.get("frac", False))}
    o.update(e["f"])
    return {k: o[k] for k in KEY_ORDER if k in o}


def write_all(g, outdir):
    rng = g.rng
    lines = []   # dicts: file, key, text, kind, eid, reason
    offs_choices = [o for o, _ in OFFSET_WEIGHTS]
    offs_w = [w for _, w in OFFSET_WEIGHTS]
    style = {1: dict(ensure_ascii=False, separators=(",", ":")), 2: dict(ensure_ascii=False)}

    def epoch(dt):
        return dt.timestamp()

    valid_objs = []   # (s, e, obj)
    for s in g.sessions:
        split = (not s.get("one_file")) and rng.random() < 0.4
        home = rng.choice([1, 2])
        if split:
            s["tags"].append("split_across_files")
        for e in s["events"]:
            e["event_id"] = g.new_id("ev_", 64)
            e["frac"] = rng.random() < 0.1
            off = s["forced_off"].get(e["type"]) or rng.choices(offs_choices, offs_w)[0]
            e["off"] = off
            obj = event_obj(g, s, e, off)
            f = rng.choice([1, 2]) if split else home
            key = epoch(e["_t"]) + rng.uniform(-120, 120)
            if rng.random() < 0.03:
                key += rng.uniform(2 * 3600, 30 * 3600)   # late-arriving batch
            if e.get("file_first"):
                key = epoch(s["start"]) - rng.uniform(300, 3600)
            line = {"file": f, "key": key, "text": json.dumps(obj, **style[f]), "kind": "valid",
                    "eid": e["event_id"], "sid": s["sid"], "obj": obj, "type": e["type"]}
            e["line"] = line
            lines.append(line)
            valid_objs.append((s, e, obj))
        # second rating ahead of the first rating in file order
        for e in s["events"]:
            if e.get("file_before_first_rating"):
                first = min((x for x in s["events"] if x["type"] == "csat"), key=lambda x: x["_t"])
                e["line"]["file"] = first["line"]["file"]
                e["line"]["text"] = json.dumps(e["line"]["obj"], **style[e["line"]["file"]])
                e["line"]["key"] = first["line"]["key"] - rng.uniform(60, 600)
        # invalid events attached to the session
        for e in s["invalid"]:
            e["event_id"] = g.new_id("ev_", 64)
            off = rng.choices(offs_choices, offs_w)[0]
            o = {"event_id": e["event_id"], "type": e["type"], "session_id": s["sid"], "customer_id": s["cid"],
                 "agent_id": e["agent_id"], "channel": s["channel"], "ts": ts_render(e["_t"], off)}
            o.update(e["f"])
            d = e["defect"]
            if d == "bad_ts":
                o["ts"] = rng.choice(BAD_TS)
            elif d == "bad_channel":
                o["channel"] = rng.choice(["email", "phone"])
            elif d == "missing_session_id":
                del o["session_id"]
            elif d == "missing_role":
                del o["role"]
            obj = {k: o[k] for k in KEY_ORDER if k in o}
            f = rng.choice([1, 2])
            lines.append({"file": f, "key": epoch(e["_t"]) + rng.uniform(-60, 60), "text": json.dumps(obj, **style[f]),
                          "kind": "invalid", "reason": d, "eid": e["event_id"], "sid": s["sid"]})

    # not-JSON lines (5)
    samples = [v for v in valid_objs]
    nj = []
    s0, e0, o0 = samples[rng.randrange(len(samples))]
    t = json.dumps(o0, ensure_ascii=False)
    nj.append(t[: len(t) * 3 // 5])                                     # truncated
    nj.append("2026-03-03 14:22:01.337 WARN [chat-gateway] connection reset by peer, retrying")
    s1, e1, o1 = samples[rng.randrange(len(samples))]
    nj.append(repr(dict(o1, event_id=g.new_id("ev_", 64))))             # python dict, single quotes
    s2, e2, o2 = samples[rng.randrange(len(samples))]
    nj.append(json.dumps(dict(o2, event_id=g.new_id("ev_", 64)), ensure_ascii=False) + "}")  # extra brace
    s3, e3, o3 = samples[rng.randrange(len(samples))]
    nj.append('{"event_id":"%s","type":"message","session_id":"%s","customer_id":"%s","agent_id":null,'
              '"channel":"%s","ts":"%s","role":"customer","text":"他说"好的"然后就没了"}'
              % (g.new_id("ev_", 64), s3["sid"], s3["cid"], s3["channel"], o3["ts"]))  # unescaped quotes
    for txt in nj:
        lines.append({"file": rng.choice([1, 2]), "key": epoch(DATA_START) + rng.uniform(0, N_DAYS * 86400),
                      "text": txt, "kind": "invalid", "reason": "not_json", "eid": None, "sid": None})

    # duplicates: exact copies and re-serialised copies, some across files
    dup_counts = {"exact_same_file": 0, "exact_other_file": 0, "reserialised_same_file": 0,
                  "reserialised_other_file": 0, "dup_of_session_start": 0, "dup_of_session_end": 0,
                  "dup_of_csat": 0, "events_with_two_extra_copies": 0}
    by_type = {}
    for s, e, obj in valid_objs:
        by_type.setdefault(e["type"], []).append((s, e, obj))
    chosen = []
    for typ, n in (("session_start", 10), ("session_end", 10), ("csat", 12), ("message", 36), ("transfer", 6)):
        # sessions whose file placement is itself a test case get no extra copies
        pool = [v for v in by_type[typ] if not v[0].get("one_file")
                and not any(x.get("file_before_first_rating") for x in v[0]["events"])]
        idx = rng.sample(range(len(pool)), n)
        chosen += [pool[i] for i in idx]
    for k, (s, e, obj) in enumerate(chosen):
        copies = 2 if k % 15 == 0 else 1
        if copies == 2:
            dup_counts["events_with_two_extra_copies"] += 1
        dup_counts["dup_of_" + e["type"]] = dup_counts.get("dup_of_" + e["type"], 0) + copies
        for c in range(copies):
            src = e["line"]
            other = rng.random() < 0.45
            f = (3 - src["file"]) if other else src["file"]
            reser = (k + c) % 2 == 1
            if not reser:
                text = src["text"]
            else:
                o2 = dict(obj)
                newoff = rng.choice([x for x in OFFSETS if x != e["off"]])
                o2["ts"] = ts_render(e["_t"], newoff, e.get("frac", False) or rng.random() < 0.3)
                assert o2["ts"] != obj["ts"]
                keys = list(o2)
                rng.shuffle(keys)
                o2 = {kk: o2[kk] for kk in keys}
                text = json.dumps(o2, ensure_ascii=rng.random() < 0.6,
                                  separators=rng.choice([(", ", ": "), (" , ", " : "), (",", ":"), (",  ", ":   ")]))
                text = rng.choice(["", " ", "  ", "\t"]) + text + rng.choice(["", " ", "   ", "\t"])
            kind = ("reserialised_" if reser else "exact_") + ("other_file" if other else "same_file")
            dup_counts[kind] += 1
            key = src["key"] + rng.choice([rng.uniform(-3600, -60), rng.uniform(60, 3600), rng.uniform(3600, 40 * 3600)])
            lines.append({"file": f, "key": key, "text": text, "kind": "dup", "eid": e["event_id"], "sid": s["sid"],
                          "dupkind": kind})

    # order and write
    os.makedirs(os.path.join(outdir, "raw"), exist_ok=True)
    placed = {1: [], 2: []}
    for ln in lines:
        placed[ln["file"]].append(ln)
    for f in (1, 2):
        placed[f].sort(key=lambda x: x["key"])
        for i, ln in enumerate(placed[f], 1):
            ln["lineno"] = i
            assert "\n" not in ln["text"] and "\r" not in ln["text"] and "\u2028" not in ln["text"]
        with open(os.path.join(outdir, "raw", "events-%d.jsonl" % f), "w", encoding="utf-8", newline="\n") as fh:
            for ln in placed[f]:
                fh.write(ln["text"] + "\n")
    return lines, dup_counts


# -------------------------------------------------------------------------------------------------
# Expected figures from the generator's intent (what it meant to write)
# -------------------------------------------------------------------------------------------------
def sh_day(dt):
    return dt.astimezone(SH).date().isoformat()


def intended(g):
    sess = []
    for s in g.sessions:
        first = min(s["ratings"]) if s["ratings"] else None
        sess.append({"sid": s["sid"], "cid": s["cid"], "intent": s["intent"], "day": sh_day(s["start"]),
                     "channel": s["channel"], "start": s["start"], "end": s["end"] if s["end_valid"] else None,
                     "end_reason": s["end_reason"] if s["end_valid"] else "", "first_rating": first[1] if first else None})
    return sess


def tables_from(sess):
    """sess: list of dicts sid,cid,intent,day,channel,start,end,end_reason,first_rating."""
    days = [(DATA_START + timedelta(days=d)).date().isoformat() for d in range(N_DAYS)]
    extra_days = sorted({x["day"] for x in sess} - set(days))
    assert not extra_days, extra_days
    csat = {d: [0, 0, 0, 0] for d in days}
    csat_ch = {(d, c): [0, 0, 0, 0] for d in days for c in CHANNELS}
    for x in sess:
        for acc in (csat[x["day"]], csat_ch[(x["day"], x["channel"])]):
            if x["first_rating"] is not None:
                acc[0] += 1
                acc[1] += 1 if x["first_rating"] >= 4 else 0
                acc[2] += x["first_rating"]
            if x["end"] is not None:
                acc[3] += 1
    # FCR, straight from the definition, O(n^2) within each (customer, intent)
    groups = {}
    for x in sess:
        groups.setdefault((x["cid"], x["intent"]), []).append(x)
    fcr = {d: [0, 0] for d in days}
    for grp in groups.values():
        for x in grp:
            others = [y for y in grp if y is not x]
            if any(timedelta(0) < x["start"] - y["start"] < W for y in others):
                continue
            assert not any(y["start"] == x["start"] for y in others)
            fcr[x["day"]][0] += 1
            if x["end"] is not None and x["end_reason"] == "resolved":
                if not any(timedelta(0) <= y["start"] - x["end"] < W for y in others):
                    fcr[x["day"]][1] += 1
    rows_csat = [[d] + csat[d] for d in days]
    rows_ch = [[d, c] + csat_ch[(d, c)] for d in days for c in CHANNELS]
    rows_fcr = [[d] + fcr[d] for d in days]
    rows_sess = sorted([[x["sid"], x["cid"], x["intent"], x["day"], x["channel"], 1 if x["end"] is not None else 0,
                         x["end_reason"], "" if x["first_rating"] is None else x["first_rating"]] for x in sess])
    return rows_csat, rows_ch, rows_fcr, rows_sess


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


HEADERS = {
    "csat_daily.csv": ["day", "rated", "satisfied", "rating_sum", "ended"],
    "csat_daily_by_channel.csv": ["day", "channel", "rated", "satisfied", "rating_sum", "ended"],
    "fcr_daily.csv": ["day", "issues", "resolved_first_contact"],
    "sessions.csv": ["session_id", "customer_id", "intent", "start_day", "channel", "ended", "end_reason", "first_rating"],
}


# -------------------------------------------------------------------------------------------------
# Independent re-computation from the raw files only (self-check)
# -------------------------------------------------------------------------------------------------
TS_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$")


def parse_ts(v):
    if not isinstance(v, str):
        return None
    m = TS_RE.match(v)
    if not m:
        return None
    y, mo, d, h, mi, se, frac, off = m.groups()
    try:
        if off == "Z":
            tz = UTC
        else:
            sign = 1 if off[0] == "+" else -1
            oh, om = int(off[1:3]), int(off[4:6])
            if oh > 23 or om > 59:
                return None
            tz = timezone(sign * timedelta(hours=oh, minutes=om))
        us = int((frac or "0").ljust(6, "0")[:6])
        return datetime(int(y), int(mo), int(d), int(h), int(mi), int(se), us, tzinfo=tz)
    except ValueError:
        return None


def check_line(text):
    """Returns (obj, ts, None) or (None, None, reason)."""
    try:
        obj = json.loads(text)
    except ValueError:
        return None, None, "not_json"
    if not isinstance(obj, dict):
        return None, None, "not_json"
    for f in ("event_id", "type", "session_id", "customer_id", "channel", "ts"):
        if f not in obj or obj[f] is None:
            return None, None, "missing_" + f
    for f in ("event_id", "session_id", "customer_id"):
        if not isinstance(obj[f], str) or not obj[f]:
            return None, None, "bad_" + f
    if "agent_id" not in obj or not (obj["agent_id"] is None or isinstance(obj["agent_id"], str)):
        return None, None, "bad_agent_id"
    if obj["type"] not in TYPES:
        return None, None, "unknown_type"
    if obj["channel"] not in CHANNELS:
        return None, None, "bad_channel"
    ts = parse_ts(obj["ts"])
    if ts is None:
        return None, None, "bad_ts"
    if obj["type"] == "message":
        if "role" not in obj:
            return None, None, "missing_role"
        if obj["role"] not in ROLES:
            return None, None, "bad_role"
        if not isinstance(obj.get("text"), str):
            return None, None, "missing_text"
    if obj["type"] == "session_end" and obj.get("end_reason") not in END_REASONS:
        return None, None, "bad_end_reason"
    if obj["type"] == "csat":
        r = obj.get("rating")
        if not isinstance(r, int) or isinstance(r, bool) or not 1 <= r <= 5:
            return None, None, "rating_out_of_range"
    return obj, ts, None


def recompute(outdir, text_intent, neutral):
    invalid, valid_lines, seen = [], 0, {}
    positions = {}
    per_file_lines = {}
    for f in ("events-1.jsonl", "events-2.jsonl"):
        with open(os.path.join(outdir, "raw", f), encoding="utf-8", newline="") as fh:
            content = fh.read()
        assert content.endswith("\n")
        rows = content[:-1].split("\n")
        per_file_lines[f] = len(rows)
        for n, text in enumerate(rows, 1):
            obj, ts, why = check_line(text)
            if why:
                invalid.append((f, n, why))
                continue
            valid_lines += 1
            eid = obj["event_id"]
            norm = dict(obj, ts=ts)
            if eid in seen:
                assert seen[eid][0] == norm, ("duplicate event_id with different content", eid)
                positions[eid].append((f, n, text))
                continue
            seen[eid] = (norm, f, n)
            positions[eid] = [(f, n, text)]
    events = [v[0] for v in seen.values()]
    sessions = {}
    for e in events:
        if e["type"] == "session_start":
            assert e["session_id"] not in sessions
            sessions[e["session_id"]] = {"start_ev": e, "msgs": [], "ends": [], "csats": [], "all": []}
    for e in events:
        s = sessions[e["session_id"]]   # every valid event belongs to a started session
        s["all"].append(e)
        if e["type"] == "message" and e["role"] == "customer":
            s["msgs"].append(e)
        elif e["type"] == "session_end":
            s["ends"].append(e)
        elif e["type"] == "csat":
            s["csats"].append(e)
    out = []
    for sid, s in sessions.items():
        st = s["start_ev"]
        assert len(s["ends"]) <= 1
        intent = None
        for m in sorted(s["msgs"], key=lambda m: m["ts"]):
            if m["text"] in text_intent:
                intent = text_intent[m["text"]]
                break
            assert m["text"] in neutral, m["text"]
        assert intent is not None, sid
        cs = sorted(s["csats"], key=lambda c: c["ts"])
        assert len({c["ts"] for c in cs}) == len(cs)
        end = s["ends"][0] if s["ends"] else None
        out.append({"sid": sid, "cid": st["customer_id"], "intent": intent, "day": st["ts"].astimezone(SH).date().isoformat(),
                    "channel": st["channel"], "start": st["ts"], "end": end["ts"] if end else None,
                    "end_reason": end["end_reason"] if end else "", "first_rating": cs[0]["rating"] if cs else None,
                    "n_ratings": len(cs), "ratings": [c["rating"] for c in cs], "all": s["all"]})
    return {"sessions": out, "invalid": invalid, "valid_lines": valid_lines, "distinct": len(seen),
            "positions": positions, "per_file_lines": per_file_lines, "events": events}


def fcr_independent(sess):
    """Second FCR implementation: sorted scan, also checks the data avoids ambiguous spots."""
    days = {}
    groups = {}
    for x in sess:
        groups.setdefault((x["cid"], x["intent"]), []).append(x)
    gaps = {"start_to_start_71h": 0, "start_to_start_73h": 0, "end_to_start_71h": 0, "end_to_start_73h": 0}
    for grp in groups.values():
        grp.sort(key=lambda x: x["start"])
        issue_first = None
        for k, x in enumerate(grp):
            if k:
                prev = grp[k - 1]
                d = x["start"] - prev["start"]
                assert abs(d - W) >= BOUNDARY_MARGIN and d > timedelta(0)
                for h, name in ((71, "start_to_start_71h"), (73, "start_to_start_73h")):
                    if abs(d - timedelta(hours=h)) < timedelta(minutes=30):
                        gaps[name] += 1
                for y in grp[:k]:
                    assert abs((x["start"] - y["start"]) - W) >= BOUNDARY_MARGIN
                    if y["end"] is not None:
                        assert x["start"] > y["end"], "overlapping sessions of one (customer, intent)"
                        assert abs((x["start"] - y["end"]) - W) >= BOUNDARY_MARGIN
                if prev["end"] is not None:
                    e2s = x["start"] - prev["end"]
                    for h, name in ((71, "end_to_start_71h"), (73, "end_to_start_73h")):
                        if abs(e2s - timedelta(hours=h)) < timedelta(minutes=1):
                            gaps[name] += 1
            new_literal = k == 0 or x["start"] - grp[k - 1]["start"] >= W
            new_anchored = issue_first is None or x["start"] - issue_first["start"] >= W
            assert new_literal == new_anchored, "ambiguous chain"
            if new_literal:
                issue_first = x
                nxt = grp[k + 1] if k + 1 < len(grp) else None
                ok = x["end"] is not None and x["end_reason"] == "resolved" and (nxt is None or nxt["start"] - x["end"] >= W)
                d = days.setdefault(x["day"], [0, 0])
                d[0] += 1
                d[1] += 1 if ok else 0
    return days, gaps


def self_check(g, outdir, lines, expected_rows, dup_counts, hard_counts):
    res = recompute(outdir, g.subst_text_intent, g.neutral_texts)
    sess = res["sessions"]
    # 1. invalid lines
    gen_invalid = sorted(("events-%d.jsonl" % ln["file"], ln["lineno"], ln["reason"]) for ln in lines if ln["kind"] == "invalid")
    assert sorted(res["invalid"]) == gen_invalid, (sorted(res["invalid"])[:5], gen_invalid[:5])
    # 2. duplicates / distinct
    n_dup = sum(1 for ln in lines if ln["kind"] == "dup")
    assert res["valid_lines"] - res["distinct"] == n_dup
    assert res["distinct"] == sum(1 for ln in lines if ln["kind"] == "valid")
    # 3. expected tables from raw == tables from the generator's intent
    days_sorted = [(DATA_START + timedelta(days=d)).date().isoformat() for d in range(N_DAYS)]
    csat = {d: [0, 0, 0, 0] for d in days_sorted}
    csat_ch = {}
    for x in sess:
        for key, acc in ((x["day"], csat), ((x["day"], x["channel"]), csat_ch)):
            a = acc.setdefault(key, [0, 0, 0, 0])
            r = x["first_rating"]
            a[0] += r is not None
            a[1] += r is not None and r >= 4
            a[2] += r or 0
            a[3] += x["end"] is not None
    fcr_days, gaps = fcr_independent(sess)
    got = {
        "csat_daily.csv": [[d] + [int(v) for v in csat[d]] for d in days_sorted],
        "csat_daily_by_channel.csv": [[d, c] + [int(v) for v in csat_ch.get((d, c), [0, 0, 0, 0])] for d in days_sorted for c in CHANNELS],
        "fcr_daily.csv": [[d] + fcr_days.get(d, [0, 0]) for d in days_sorted],
        "sessions.csv": sorted([[x["sid"], x["cid"], x["intent"], x["day"], x["channel"], int(x["end"] is not None),
                                 x["end_reason"], "" if x["first_rating"] is None else x["first_rating"]] for x in sess]),
    }
    for name, rows in got.items():
        with open(os.path.join(outdir, "expected", name), encoding="utf-8") as fh:
            written = list(csv.reader(fh))
        assert written[0] == HEADERS[name], name
        assert written[1:] == [[str(v) for v in r] for r in rows], name
        assert [[str(v) for v in r] for r in expected_rows[name]] == written[1:], name
    # 4. hard cases visible in the raw data
    obs = {}
    def written_ts(e):
        return json.loads(res["positions"][e["event_id"]][0][2])["ts"]
    mixed = 0
    for x in sess:
        offs = {re.search(r"(Z|[+-]\d\d:\d\d)$", written_ts(e)).group(1) for e in x["all"]}
        mixed += len(offs) >= 2
    obs["sessions_with_mixed_ts_offsets"] = mixed
    obs["crosses_midnight_shanghai"] = sum(1 for x in sess if x["end"] is not None and x["end"].astimezone(SH).date() != x["start"].astimezone(SH).date())
    obs["start_utc_day_differs_from_shanghai_day"] = sum(1 for x in sess if x["start"].astimezone(UTC).date() != x["start"].astimezone(SH).date())
    wd = 0
    for x in sess:
        st = [e for e in x["all"] if e["type"] == "session_start"][0]
        raw = json.loads(res["positions"][st["event_id"]][0][2])["ts"]
        wd += raw[:10] != x["day"]
    obs["start_written_date_differs_from_shanghai_day"] = wd
    obs["first_rating_1_6h_after_end"] = sum(1 for x in sess if x["first_rating"] is not None and x["end"] is not None and
                                              any(c["rating"] == x["first_rating"] and timedelta(hours=1) <= c["ts"] - x["end"] <= timedelta(hours=6)
                                                  for c in sorted((e for e in x["all"] if e["type"] == "csat"), key=lambda c: c["ts"])[:1]))
    obs["sessions_with_later_different_rating"] = sum(1 for x in sess if x["n_ratings"] > 1 and len(set(x["ratings"])) > 1)
    before_first = 0
    first_in_file = 0
    split = 0
    for x in sess:
        pos = {e["event_id"]: res["positions"][e["event_id"]][0] for e in x["all"]}
        files = {p[0] for p in pos.values()}
        split += len(files) > 1
        cs = sorted((e for e in x["all"] if e["type"] == "csat"), key=lambda c: c["ts"])
        if len(cs) > 1:
            p1, p2 = pos[cs[0]["event_id"]], pos[cs[1]["event_id"]]
            before_first += p1[0] == p2[0] and p2[1] < p1[1]
        for c in cs[:1]:
            pc = pos[c["event_id"]]
            first_in_file += all(p[0] == pc[0] and p[1] > pc[1] for eid, p in pos.items() if eid != c["event_id"])
    obs["second_rating_line_before_first_rating_line"] = before_first
    obs["rating_line_before_all_session_events_in_file"] = first_in_file
    obs["sessions_split_across_files"] = split
    obs["open_sessions"] = sum(1 for x in sess if x["end"] is None)
    obs.update({"pairs_" + k: v for k, v in gaps.items()})
    dups_cross = sum(1 for eid, p in res["positions"].items() if len({q[0] for q in p}) > 1)
    exact = sum(len(p) - len({q[2] for q in p}) for p in res["positions"].values())
    obs["duplicate_lines_exact_copy"] = exact
    obs["duplicate_lines_reserialised"] = res["valid_lines"] - res["distinct"] - exact
    obs["events_duplicated_across_files"] = dups_cross
    for k in ("crosses_midnight_shanghai", "sessions_with_later_different_rating", "second_rating_line_before_first_rating_line",
              "rating_line_before_all_session_events_in_file", "first_rating_1_6h_after_end"):
        assert obs[k] >= hard_counts.get(k, 0), (k, obs[k], hard_counts.get(k))
    assert obs["duplicate_lines_exact_copy"] == dup_counts["exact_same_file"] + dup_counts["exact_other_file"]
    # every distinct event reproduces the instant the generator meant
    meant = {e["event_id"]: e["_t"] for s in g.sessions for e in s["events"]}
    for e in res["events"]:
        assert e["ts"] == meant[e["event_id"]]
    return res, obs


def main():
    args = sys.argv[1:]
    seed = SEED
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        print("usage: python3 make.py OUTDIR [--seed N]", file=sys.stderr)
        sys.exit(2)
    outdir = args[0]
    g = build(seed)
    assert len(g.sessions) == N_SESSIONS
    assert not (set(g.subst_text_intent) & g.neutral_texts)
    for s in g.sessions:
        assert DATA_START <= s["start"] < DATA_END, (s["tags"], s["start"])
    lines, dup_counts = write_all(g, outdir)
    sess = intended(g)
    rows_csat, rows_ch, rows_fcr, rows_sess = tables_from(sess)
    exp = os.path.join(outdir, "expected")
    os.makedirs(exp, exist_ok=True)
    expected_rows = {"csat_daily.csv": rows_csat, "csat_daily_by_channel.csv": rows_ch,
                     "fcr_daily.csv": rows_fcr, "sessions.csv": rows_sess}
    for name, rows in expected_rows.items():
        with open(os.path.join(exp, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(csv_text(HEADERS[name], rows))
    inv = sorted((ln for ln in lines if ln["kind"] == "invalid"), key=lambda l: (l["file"], l["lineno"]))
    why = {"not_json": "line is not a JSON object", "missing_session_id": "required field session_id missing",
           "rating_out_of_range": "csat rating not an integer 1-5", "unknown_type": "type not one of session_start|message|transfer|session_end|csat",
           "missing_role": "message without role", "bad_ts": "ts is not ISO-8601 with offset", "bad_channel": "channel not one of app|web|wechat|mini_program"}
    with open(os.path.join(exp, "dead_letters.txt"), "w", encoding="utf-8") as fh:
        fh.write("%d\n" % len(inv))
        for ln in inv:
            fh.write("events-%d.jsonl:%d\t%s\t%s\n" % (ln["file"], ln["lineno"], ln["reason"], why[ln["reason"]]))

    hard_counts = {"crosses_midnight_shanghai": N_DAYS,
                   "sessions_with_later_different_rating": g.hard["second_rating_ignored"],
                   "second_rating_line_before_first_rating_line": 3,
                   "rating_line_before_all_session_events_in_file": g.hard["rating_line_before_session_events"],
                   "first_rating_1_6h_after_end": g.hard["late_rating_1_6h_after_end"]}
    res, obs = self_check(g, outdir, lines, expected_rows, dup_counts, hard_counts)

    tag_counts = {}
    for s in g.sessions:
        for t in s["tags"]:
            tag_counts[t] = tag_counts.get(t, 0) + 1
    reasons = {}
    for ln in inv:
        reasons[ln["reason"]] = reasons.get(ln["reason"], 0) + 1
    types = {}
    for e in res["events"]:
        types[e["type"]] = types.get(e["type"], 0) + 1
    summary = {
        "seed": seed, "first_day": DATA_START.date().isoformat(), "days": N_DAYS, "timezone": "Asia/Shanghai",
        "recontact_window_hours": 72, "window_rule": "within W means 0 <= d < 72h; no gap in the data is within 10 min of 72h",
        "files": {k: {"lines": v} for k, v in res["per_file_lines"].items()},
        "lines_total": sum(res["per_file_lines"].values()),
        "valid_lines": res["valid_lines"],
        "valid_distinct_events": res["distinct"],
        "duplicates": res["valid_lines"] - res["distinct"],
        "invalid_lines": len(inv),
        "invalid_by_reason": dict(sorted(reasons.items())),
        "valid_distinct_events_by_type": dict(sorted(types.items())),
        "sessions": len(sess),
        "customers": len({x["cid"] for x in sess}),
        "ended": sum(r[4] for r in rows_csat),
        "open_not_ended": len(sess) - sum(r[4] for r in rows_csat),
        "rated": sum(r[1] for r in rows_csat),
        "satisfied": sum(r[2] for r in rows_csat),
        "rating_sum": sum(r[3] for r in rows_csat),
        "issues": sum(r[1] for r in rows_fcr),
        "resolved_first_contact": sum(r[2] for r in rows_fcr),
        "duplicate_kinds": dup_counts,
        "scenario_groups": g.scenarios,
        "session_tags": dict(sorted(tag_counts.items())),
        "observed_in_raw": obs,
    }
    with open(os.path.join(exp, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(summary, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(json.dumps({k: summary[k] for k in ("lines_total", "valid_distinct_events", "duplicates", "invalid_lines",
                                              "sessions", "ended", "rated", "satisfied", "issues", "resolved_first_contact")}))
    print("self-check OK")


if __name__ == "__main__":
    main()
