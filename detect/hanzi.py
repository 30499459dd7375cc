"""Text normalisation before detection: NFKC, quotes, and Traditional -> Simplified Chinese.

Hong Kong and Taiwan outlets write 騰訊裁員 where the mainland writes 腾讯裁员. Rather
than doubling every cue and company name, item text is mapped character by
character to Simplified with a table of the few hundred characters that occur
in layoff news, company names and the number grammar. One-to-one character
mapping keeps the text length, so spans stay valid. (A full converter such as
OpenCC is not a dependency; this table covers what detection reads.)
"""

from __future__ import annotations

import re
import unicodedata

# pairs of Traditional, Simplified, written as two aligned strings
_TRAD = (
    "裁員職崗與為將擬計劃畫預準備據傳聞報導稱網爆內層級別總經協調整優業務團隊開啟動關閉廠門產營收淨潤億萬兩數幾約過餘"
    "達佔佈屬實證確認闢謠無沒並僅隻剩縮減規模輪再續繼應對從發時間問題這們個說後還會於對場電腦視頻遊戲樂鏈貝殼輛極長現擁"
    "騰訊東團華鵬來紅書藝網易嗶哩聯想攜語蘋臉書亞馬遜爾軟歐美銀匯豐衆眾車門線區屆畢戰略體專欄觀點評論盤彙匯覽單啟勞動"
    "訴訟賠償補辭僱雇聘擴離傳遣撥採購銷售價漲跌幣貨賣買機構組織歷記者獲悉涉及響響響劃遭違規護權費標準資財經濟環節義務"
    "習講幹種類條節奏數據庫專項業績虧損績效減員調動轉換態勢氣風險濟師員見聽讀寫寬慶邊遠還選邁進週倉儲運輸運營顧問問責"
    "張陳劉楊黃趙吳孫馬許鄭謝韓馮鄧蕭蔣羅龍萬葉蘇盧陸節際務從頭價紀錄點擊輸贏費貴貧資幾筆縣鄉鎮廣東臺灣門戶歲讓給結構"
    "權頁嚴謹麼別於產術導應處理獨製選舉興險續鐘錶鋼鐵鋁礦權務階層親戚雙離職"
)
_SIMP = (
    "裁员职岗与为将拟计划画预准备据传闻报导称网爆内层级别总经协调整优业务团队开启动关闭厂门产营收净润亿万两数几约过余"
    "达占布属实证确认辟谣无没并仅只剩缩减规模轮再续继应对从发时间问题这们个说后还会于对场电脑视频游戏乐链贝壳辆极长现拥"
    "腾讯东团华鹏来红书艺网易哔哩联想携语苹脸书亚马逊尔软欧美银汇丰众众车门线区届毕战略体专栏观点评论盘汇汇览单启劳动"
    "诉讼赔偿补辞雇雇聘扩离传遣拨采购销售价涨跌币货卖买机构组织历记者获悉涉及响响响划遭违规护权费标准资财经济环节义务"
    "习讲干种类条节奏数据库专项业绩亏损绩效减员调动转换态势气风险济师员见听读写宽庆边远还选迈进周仓储运输运营顾问问责"
    "张陈刘杨黄赵吴孙马许郑谢韩冯邓萧蒋罗龙万叶苏卢陆节际务从头价纪录点击输赢费贵贫资几笔县乡镇广东台湾门户岁让给结构"
    "权页严谨么别于产术导应处理独制选举兴险续钟表钢铁铝矿权务阶层亲戚双离职"
)
# a second batch kept apart so the aligned strings above stay readable
_TRAD2 = (
    "裏裡後幹麼衝擊訊號計畫條團聚齊務參與雲極氪鋰電池蔚為魅寧時"
    "紐約倫敦媒體巨頭騰飛飯碗遊撤並終臨數據雜誌員額顯示滿錄"
    "國關閉開啟樂視銀聯航統計勢禮舊個嗎們裡於種臺灣幣總億兩萬"
)
_SIMP2 = (
    "里里后干么冲击讯号计画条团聚齐务参与云极氪锂电池蔚为魅宁时"
    "纽约伦敦媒体巨头腾飞饭碗游撤并终临数据杂志员额显示满录"
    "国关闭开启乐视银联航统计势礼旧个吗们里于种台湾币总亿两万"
)

# a third batch, Taiwan and Hong Kong wording (縮編, 炒魷魚, 驚傳, 鴻海, 滙豐): pairs
_PAIRS3 = (
    "編编 魷鱿 魚鱼 鴻鸿 驚惊 滙汇 裝装 憂忧 慮虑 銳锐 頓顿 滅灭 陣阵 觸触 "
    "慘惨 憑凭 嚇吓 訂订 辦办 廳厅 瀏浏 執执 攤摊 緊紧 傷伤 壞坏 糾纠 紛纷 "
    "斷断 懷怀 鬆松 廢废 棄弃 遷迁 罰罚 貿贸 寶宝 廈厦 鄰邻 衛卫 艦舰 鋪铺 "
    "課课 設设 識识 謊谎 盡尽 災灾 厭厌 彈弹 蘭兰 創创 製制 僑侨 倉仓 頻频 "
    "訪访 問问 駁驳 斥斥 聲声"
)
_TRAD2 += "".join(p[0] for p in _PAIRS3.split())
_SIMP2 += "".join(p[1] for p in _PAIRS3.split())

# a fourth batch: common characters of Taiwan and Hong Kong news text (簡, 測, 凍 …)
_PAIRS4 = (
    "簡简 測测 凍冻 緩缓 較较 輕轻 順顺 須须 領领 願愿 帶带 壓压 礎础 債债 貸贷 頂顶 "
    "當当 麗丽 農农 連连 適适 遲迟 遺遗 醫医 藥药 療疗 陽阳 陰阴 難难 靈灵 養养 驗验 "
    "髮发 鬥斗 魯鲁 鳥鸟 齡龄 龜龟 偉伟 側侧 傑杰 儀仪 兒儿 冊册 凱凯 則则 剛刚 劇剧 "
    "勝胜 卻却 厲厉 叢丛 圍围 圖图 園园 圓圆 壯壮 夢梦 夥伙 奪夺 獎奖 婦妇 媽妈 學学 "
    "審审 島岛 嶺岭 幫帮 強强 復复 徵征 憲宪 揚扬 搶抢 擇择 擔担 擺摆 擾扰 攝摄 敗败 "
    "敵敌 晉晋 樣样 橋桥 檢检 歸归 殘残 殺杀 決决 況况 湧涌 溝沟 漢汉 潛潜 澤泽 烏乌 "
    "煙烟 熱热 爭争 牆墙 狀状 異异 疊叠 瘋疯 監监 碼码 禍祸 積积 穩稳 競竞 範范 築筑 "
    "簽签 糧粮 納纳 紙纸 細细 絕绝 絲丝 綜综 綠绿 練练 繳缴 肅肃 脅胁 艱艰 複复 襲袭 "
    "覺觉 討讨 訓训 試试 詳详 誇夸 誤误 談谈 請请 諸诸 謀谋 議议 變变 負负 質质 賽赛 "
    "趕赶 跡迹 踐践 軍军 載载 輔辅 郵邮 醜丑 釋释 針针 鈔钞 鋒锋 錢钱 錯错 鍵键 鎖锁 "
    "閒闲 闆板 隨随 隱隐 雖虽 雞鸡 靜静 顏颜 館馆 驅驱 鬧闹 鳳凤 鹽盐 麥麦 黨党 龐庞 "
    "贊赞 氫氢 鑽钻 檔档 盃杯 贈赠 頒颁 飽饱 兇凶 獵猎 鏡镜 羣群 鬱郁 緒绪"
)
_TRAD2 += "".join(p[0] for p in _PAIRS4.split())
_SIMP2 += "".join(p[1] for p in _PAIRS4.split())

assert len(_TRAD) == len(_SIMP), (len(_TRAD), len(_SIMP))
assert len(_TRAD2) == len(_SIMP2), (len(_TRAD2), len(_SIMP2))

_TABLE: dict[int, str] = {}
for _t, _s in zip(_TRAD + _TRAD2, _SIMP + _SIMP2, strict=True):
    if _t != _s:
        _TABLE[ord(_t)] = _s
# typographic quotes and dashes that NFKC leaves alone
_TABLE.update({
    ord("\u2019"): "'", ord("\u2018"): "'", ord("\u201c"): '"', ord("\u201d"): '"',
    ord("\u2013"): "-", ord("\u2014"): "-", ord("\u00a0"): " ",
})

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# a space between a CJK character and anything else carries no meaning in Chinese text
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
_HAS_CJK = re.compile(rf"[{_CJK}]")


def normalise(text: str) -> str:
    """NFKC, plain quotes, Simplified Chinese; length may change (NFKC), spans are of the result."""
    if text.isascii():
        return text  # already NFKC, and nothing in the table is ASCII
    return unicodedata.normalize("NFKC", text).translate(_TABLE)


def tighten_cjk(text: str) -> str:
    """Drop spaces next to CJK characters: '裁员 900 人' -> '裁员900人'."""
    return _CJK_SPACE.sub("", text)


_LATIN = re.compile(r"[A-Za-z]")


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among letters (CJK + Latin)."""
    if not text or text.isascii():
        return 0.0
    cjk = len(_HAS_CJK.findall(text))
    letters = cjk + len(_LATIN.findall(text))
    return cjk / letters if letters else 0.0


def to_simplified(text: str) -> str:
    return text.translate(_TABLE)
