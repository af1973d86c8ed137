'use strict';
/*
 * Every visible label of the dashboards, Chinese first (the default) and English. The choice is
 * kept in localStorage under "kefu.lang". I18N.t(key, {name: value}) fills {name} placeholders;
 * a key without an entry shows as itself (metric names, ids the dictionary does not know).
 */
(function () {
  const D = {
    'app.name': ['客服洞察 Kefu Insight', 'Kefu Insight'],
    'nav.hot': ['热点问题', 'Hot issues'],
    'nav.quality': ['服务质量', 'Service quality'],
    'nav.qa': ['质检复核', 'QA review'],
    'nav.sessions': ['会话明细', 'Sessions'],
    'nav.models': ['模型', 'Models'],
    'nav.data': ['数据质量', 'Data health'],
    'title.hot': ['热点问题 · 客服洞察', 'Hot issues · Kefu Insight'],
    'title.quality': ['服务质量 · 客服洞察', 'Service quality · Kefu Insight'],
    'title.qa': ['质检复核 · 客服洞察', 'QA review · Kefu Insight'],
    'title.session': ['会话详情 · 客服洞察', 'Session · Kefu Insight'],
    'title.sessions': ['会话明细 · 客服洞察', 'Sessions · Kefu Insight'],
    'title.models': ['模型 · 客服洞察', 'Models · Kefu Insight'],
    'title.data': ['数据质量 · 客服洞察', 'Data health · Kefu Insight'],

    'common.loading': ['加载中…', 'Loading…'],
    'common.noData': ['暂无数据', 'No data'],
    'common.logout': ['退出登录', 'Log out'],
    'common.otherLang': ['English', '中文'],
    'common.prev': ['上一页', 'Previous'],
    'common.next': ['下一页', 'Next'],
    'common.range': ['第 {from}–{to} 条，共 {total} 条', '{from}–{to} of {total}'],
    'common.total': ['共 {total} 条', '{total} in all'],
    'common.yes': ['是', 'Yes'],
    'common.no': ['否', 'No'],
    'common.ok': ['正常', 'OK'],
    'common.details': ['明细', 'Details'],

    'error.loginRequired': ['请先登录', 'Please log in'],
    'error.noAccess': ['无权访问此内容', 'No access to this content'],
    'error.http': ['请求失败（{status}）：', 'Request failed ({status}):'],
    'error.network': ['无法连接服务器：', 'Cannot reach the server:'],
    'error.badResponse': ['服务器返回了无法解析的数据', 'The server sent a response that cannot be read'],
    'error.noCharts': ['图表库未加载（/vendor/echarts.min.js）', 'Chart library not loaded (/vendor/echarts.min.js)'],

    'login.title': ['登录 · 客服洞察', 'Log in · Kefu Insight'],
    'login.username': ['用户名', 'Username'],
    'login.password': ['密码', 'Password'],
    'login.submit': ['登录', 'Log in'],
    'login.invalid': ['用户名或密码错误', 'Wrong username or password'],
    'login.missing': ['请输入用户名和密码', 'Enter a username and a password'],
    'login.noPages': ['该账号没有可访问的页面', 'This account has no pages'],

    'filter.from': ['开始日期', 'From'],
    'filter.to': ['结束日期', 'To'],
    'filter.all': ['全部', 'All'],
    'filter.apply': ['查询', 'Apply'],
    'filter.sort': ['排序', 'Sort'],
    'filter.scoreMin': ['最低分', 'Min score'],
    'filter.scoreMax': ['最高分', 'Max score'],
    'filter.ratingMin': ['最低评分', 'Min rating'],
    'filter.ratingMax': ['最高评分', 'Max rating'],

    'col.agent': ['客服', 'Agent'],
    'col.alert': ['预警', 'Alert'],
    'col.aliases': ['别名', 'Aliases'],
    'col.answered': ['已应答', 'Answered'],
    'col.avgFirstResponse': ['平均首响（秒）', 'Avg first response (s)'],
    'col.baseline': ['基线', 'Baseline'],
    'col.channel': ['渠道', 'Channel'],
    'col.comment': ['说明', 'Comment'],
    'col.confirmed': ['确认正确', 'Confirmed'],
    'col.coverage': ['覆盖率', 'Coverage'],
    'col.created': ['创建时间', 'Created'],
    'col.critical': ['致命项', 'Critical'],
    'col.csat': ['满意度', 'CSAT'],
    'col.customer': ['顾客', 'Customer'],
    'col.day': ['日期', 'Day'],
    'col.drill': ['查看会话', 'Sessions'],
    'col.end': ['结束时间', 'Ended at'],
    'col.endReason': ['结束原因', 'End reason'],
    'col.ended': ['已结束会话', 'Ended'],
    'col.events': ['事件数', 'Events'],
    'col.examples': ['示例消息', 'Example messages'],
    'col.faqCluster': ['FAQ 聚类', 'FAQ cluster'],
    'col.fcr': ['首次解决率', 'FCR'],
    'col.filedAt': ['提交时间', 'Filed at'],
    'col.firstResponse': ['首响（秒）', 'First response (s)'],
    'col.firstResponseSla': ['首响达标率', 'First response SLA met'],
    'col.handling': ['处理方式', 'Handling'],
    'col.hits': ['命中', 'Hits'],
    'col.inspected': ['已质检', 'Inspected'],
    'col.intent': ['意图', 'Intent'],
    'col.issues': ['问题数', 'Issues'],
    'col.message': ['消息序号', 'Message #'],
    'col.phrase': ['热词', 'Phrase'],
    'col.precision': ['准确率', 'Precision'],
    'col.rated': ['已评价', 'Rated'],
    'col.rating': ['评分', 'Rating'],
    'col.reason': ['原因', 'Reason'],
    'col.records': ['记录数', 'Records'],
    'col.replySla': ['回复达标率', 'Reply SLA met'],
    'col.resolved': ['首次解决', 'Resolved first time'],
    'col.responseRate': ['评价率', 'Response rate'],
    'col.reviewed': ['已复核', 'Reviewed'],
    'col.rule': ['规则', 'Rule'],
    'col.rules': ['命中规则', 'Rules hit'],
    'col.satisfied': ['满意', 'Satisfied'],
    'col.score': ['得分', 'Score'],
    'col.session': ['会话', 'Session'],
    'col.sessions': ['会话数', 'Sessions'],
    'col.severity': ['严重度', 'Severity'],
    'col.spikeScore': ['飙升指数', 'Spike score'],
    'col.start': ['开始时间', 'Started at'],
    'col.started': ['开始飙升', 'Started'],
    'col.status': ['状态', 'Status'],
    'col.title': ['建议标题', 'Suggested title'],
    'col.topic': ['话题', 'Topic'],
    'col.turns': ['轮次', 'Turns'],
    'col.type': ['类型', 'Type'],
    'col.version': ['版本', 'Version'],
    'col.violations': ['违规数', 'Violations'],
    'col.window': ['时间窗口', 'Window'],

    'hot.day': ['日期', 'Day'],
    'hot.topNow': ['当前窗口热门话题', 'Top topics now'],
    'hot.topDay': ['当日热门话题', 'Top topics of the day'],
    'hot.spikes': ['飙升预警', 'Spike alerts'],
    'hot.spike': ['飙升', 'Spike'],
    'hot.phrases': ['新兴热词', 'Emerging phrases'],
    'hot.intentTrend': ['各意图会话趋势', 'Sessions per intent'],
    'hot.faqTrend': ['FAQ 聚类趋势', 'FAQ clusters'],
    'hot.latestWindow': ['最新窗口', 'Latest window'],
    'kind.intent': ['意图', 'Intent'],
    'kind.faq_cluster': ['FAQ', 'FAQ'],

    'quality.fcrTrend': ['首次解决率 (FCR) 趋势', 'First contact resolution (FCR)'],
    'quality.csatTrend': ['满意度 (CSAT) 与评价率趋势', 'CSAT and response rate'],
    'quality.provisional': ['暂定', 'provisional'],
    'quality.provisionalNote': ['虚线为暂定数据：复联窗口尚未结束。', 'Dashed: provisional, the re-contact window has not closed yet.'],
    'quality.byDay': ['按日', 'By day'],
    'quality.byIntent': ['按意图', 'By intent'],
    'quality.byChannel': ['按渠道', 'By channel'],
    'quality.byAgent': ['按客服', 'By agent'],
    'quality.sessions': ['会话', 'Sessions'],
    'quality.lowCsat': ['CSAT<3', 'CSAT<3'],

    'qa.spotlight': ['优先复核', 'Review first'],
    'qa.queue': ['质检队列', 'Inspection queue'],
    'qa.coverage': ['质检覆盖率', 'QA coverage'],
    'qa.coverageAlert': ['质检覆盖率未达 100%：{days}', 'QA coverage below 100 %: {days}'],
    'qa.belowTarget': ['未达标', 'Below target'],
    'qa.calibration': ['规则校准', 'Rule calibration'],
    'qa.floor': ['（准确率下限 {floor}）', '(precision floor {floor})'],
    'qa.drifting': ['漂移', 'Drifting'],
    'qa.openAppeals': ['待处理申诉', 'Open appeals'],
    'reason.critical': ['致命项', 'Critical'],
    'reason.lowest_score': ['最低分', 'Lowest score'],
    'reason.least_certain': ['最不确定', 'Least certain'],
    'reason.random': ['随机抽查', 'Random check'],
    'sort.score_asc': ['得分从低到高', 'Score, lowest first'],
    'sort.score_desc': ['得分从高到低', 'Score, highest first'],
    'sort.day_desc': ['日期从新到旧', 'Newest day first'],
    'sort.violations_desc': ['违规数从多到少', 'Most violations first'],
    'yesno.yes': ['是', 'Yes'],
    'yesno.no': ['否', 'No'],
    'severity.critical': ['致命', 'Critical'],
    'severity.major': ['严重', 'Major'],
    'severity.minor': ['轻微', 'Minor'],

    'session.title': ['会话详情', 'Session'],
    'session.back': ['← 返回质检队列', '← Back to the queue'],
    'session.transcript': ['对话记录（已脱敏）', 'Transcript (masked)'],
    'session.sessionLevel': ['会话级问题', 'Session-level findings'],
    'session.missingId': ['缺少会话编号（session.html?id=…）', 'No session id (session.html?id=…)'],
    'session.weight': ['权重', 'weight'],
    'session.verdicts': ['复核结论', 'Verdicts'],
    'session.noVerdicts': ['尚未复核', 'Not reviewed yet'],
    'session.confirm': ['确认', 'Confirm'],
    'session.reject': ['驳回', 'Reject'],
    'session.commentOptional': ['备注（可选）', 'Comment (optional)'],
    'session.appealTitle': ['申诉', 'Appeal'],
    'session.noAppeal': ['无申诉', 'No appeal'],
    'session.appealOpen': ['申诉处理中', 'Appeal open'],
    'session.appealBy': ['{agent} 于 {at} 提交', 'filed by {agent} at {at}'],
    'session.ruledBy': ['{who} 于 {at} 裁决', 'ruled by {who} at {at}'],
    'session.appealComment': ['申诉理由', 'Why the finding is wrong'],
    'session.appeal': ['申诉', 'Appeal'],
    'session.rulingComment': ['裁决说明', 'Ruling comment'],
    'session.uphold': ['维持', 'Uphold'],
    'session.overturn': ['撤销', 'Overturn'],
    'verdict.correct': ['确认正确', 'Correct'],
    'verdict.wrong': ['判定有误', 'Wrong'],
    'ruling.upheld': ['已维持', 'Upheld'],
    'ruling.overturned': ['已撤销', 'Overturned'],
    'msgrole.customer': ['顾客', 'Customer'],
    'msgrole.agent': ['客服', 'Agent'],
    'msgrole.bot': ['机器人', 'Bot'],
    'msgrole.system': ['系统', 'System'],

    'sessions.export': ['导出 CSV', 'Export CSV'],

    'models.history': ['变更历史', 'History'],
    'models.baseline': ['基线', 'baseline'],
    'models.keyMetric': ['各版本 {metric}', '{metric} per version'],
    'models.noAliases': ['无别名', 'No aliases'],

    'data.eventsByDay': ['每日事件（按类型）', 'Events per day, by type'],
    'data.deadLetters': ['死信（按原因）', 'Dead letters by reason'],
    'data.lateEvents': ['迟到事件', 'Late events'],
    'data.quarantine': ['隔离记录（按原因）', 'Quarantine by reason'],

    'role.qa_manager': ['质检主管', 'QA manager'],
    'role.agent': ['客服', 'Agent'],
    'role.product': ['产品', 'Product'],
    'role.data_scientist': ['数据科学家', 'Data scientist'],
    'role.admin': ['管理员', 'Admin'],
    'channel.app': ['App', 'App'],
    'channel.web': ['网页', 'Web'],
    'channel.wechat': ['微信', 'WeChat'],
    'channel.mini_program': ['小程序', 'Mini program'],
    'endReason.resolved': ['已解决', 'Resolved'],
    'endReason.transferred': ['已转接', 'Transferred'],
    'endReason.abandoned': ['顾客离开', 'Abandoned'],
    'endReason.timeout': ['超时', 'Timed out'],
    'eventType.session_start': ['会话开始', 'Session start'],
    'eventType.message': ['消息', 'Message'],
    'eventType.transfer': ['转接', 'Transfer'],
    'eventType.session_end': ['会话结束', 'Session end'],
    'eventType.csat': ['满意度评价', 'CSAT'],

    'rule.first_response_timeout': ['首次响应超时', 'First response timeout'],
    'rule.reply_timeout': ['回复超时', 'Reply timeout'],
    'rule.forbidden_words': ['服务禁语', 'Forbidden words'],
    'rule.missing_greeting': ['缺少问候语', 'Missing greeting'],
    'rule.missing_closing': ['缺少结束语', 'Missing closing'],
    'rule.no_apology_on_complaint': ['投诉未致歉', 'No apology on complaint'],
    'rule.agent_pii_leak': ['客服泄露隐私', 'Agent PII leak'],
    'rule.negative_unresolved': ['负面情绪未解决', 'Negative and unresolved'],
    'rule.sentiment_drop': ['情绪恶化', 'Sentiment drop'],
    'rule.improper_promise': ['不当承诺', 'Improper promise'],
    'rule.off_platform_steering': ['引导站外交易', 'Off-platform steering'],
    'rule.review_solicitation': ['诱导好评', 'Review solicitation'],

    'intent.logistics_query': ['物流查询', 'Logistics query'],
    'intent.urge_shipment': ['催发货', 'Urge shipment'],
    'intent.return_refund': ['退货退款', 'Return / refund'],
    'intent.exchange': ['换货', 'Exchange'],
    'intent.size_consult': ['尺码咨询', 'Size consult'],
    'intent.quality_complaint': ['质量投诉', 'Quality complaint'],
    'intent.invoice': ['发票', 'Invoice'],
    'intent.coupon': ['优惠券', 'Coupon'],
    'intent.change_address': ['修改地址', 'Change address'],
    'intent.payment_issue': ['支付问题', 'Payment issue'],
    'intent.price_protection': ['价格保护', 'Price protection'],
    'intent.repair': ['维修', 'Repair'],
    'intent.account_issue': ['账号问题', 'Account issue'],
    'intent.restock': ['补货到货', 'Restock'],
    'intent.product_consult': ['商品咨询', 'Product consult'],
    'intent.order_cancel': ['取消订单', 'Cancel order'],
    'intent.delivery_complaint': ['配送投诉', 'Delivery complaint'],
    'intent.gift': ['赠品', 'Gift'],
    'intent.membership_points': ['会员积分', 'Membership points'],
    'intent.installation': ['安装', 'Installation'],
    'intent.other': ['其他', 'Other'],
  };

  const KEY = 'kefu.lang';
  function stored() {
    try {
      return localStorage.getItem(KEY);
    } catch (e) {
      return null;
    }
  }
  const lang = stored() === 'en' ? 'en' : 'zh';

  function t(key, vars) {
    const entry = D[key];
    let s = entry ? entry[lang === 'en' ? 1 : 0] : String(key);
    if (vars) s = s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
    return s;
  }

  /** Fills [data-i18n] (text) and [data-i18n-placeholder] under root. */
  function apply(root) {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    root.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.getAttribute('data-i18n')); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.getAttribute('data-i18n-placeholder')); });
  }

  function setLang(next) {
    try {
      localStorage.setItem(KEY, next === 'en' ? 'en' : 'zh');
    } catch (e) {
      // Storage refused (private mode): Chinese stays, there is nowhere to keep the choice.
    }
  }

  window.I18N = { lang, t, apply, setLang, has: (key) => Object.prototype.hasOwnProperty.call(D, key) };
})();
