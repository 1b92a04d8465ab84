-- Decision 064: the duplicate-name signal also folds variant characters. Migration 20261206055732_org_name_key made
-- 「山东(济南) 机床有限公司」 and 「山东（济南）机床有限公司」 one name; 「山東（濟南）機床有限公司」, typed with a
-- traditional-character input method or copied from a Hong Kong or Taiwan registry page, was still another name to it,
-- although a reviewer reads it as the same unit. NFKC does not fold these: they are separate characters, not
-- compatibility forms (only the CJK compatibility ideographs U+F900–FAFF, which NFKC already folds, are).
--
-- The table below is curated, not a full traditional-to-simplified converter (OpenCC's tables run to thousands of
-- entries, many one-to-many, which a character-for-character translate() cannot do and which would fold names that
-- really differ). Picked by hand, it holds (1) the traditional forms of the characters in Shandong's sixteen city
-- names and their well-known districts and counties (東 濟 齊 魯 島 臺 煙 濰 棗 莊 營 濱 臨 澤 萊 蕪 壽 鄒 膠 龍 榮 陽
-- 縣 區 …), (2) the traditional forms of the characters that make up the rest of a unit's name: industry words
-- (機 電 氣 車 鋼 鐵 鋁 礦 紡 織 醫 藥 農 …), what kind of unit it is (業 職 學 術 廠 團 園 館 會 協 …) and the
-- words units like to name themselves with (華 興 發 達 豐 寶 鴻 萬 億 …), and (3) the old variant forms that
-- Japanese and Korean input methods produce for common ones (靑 淸 硏 敎 衞 眞 尙 內 鷄 峯). Each maps one way
-- only, to the form the mainland business registry uses; no simplified character appears on the left, so a name
-- already in simplified characters is unchanged. A name that differs only in a character outside the table is still compared as written, which is
-- the safe side for a signal that tells a reviewer "possible duplicate".
--
-- One definition for every reader, as before: the trigger writes "nameKey" through this function and the signal's
-- query compares against "zl_org_name_key"($name), so the application has no fold of its own to drift from it.

CREATE OR REPLACE FUNCTION "zl_org_name_key"(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(
    regexp_replace(normalize(t, NFKC), '[\s\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]', '', 'g'),
    '【】〔〕〖〗' || '東濟齊魯島臺煙濰棗莊營濱臨澤萊蕪壽鄒膠龍榮陽縣區鎮鄉門嶗黃廣長寧陰業職學術機電氣車廠團際國華興發設備製藝貿實開產鋼鐵鋁礦' || '醫藥財經責號聯網絡軟體資訊環節紡織農園運輸遠達標準測檢驗計匯滙銀豐寶爾輪動熱線纜廈築裝飾傳務協會場儀員規劃項創價衛淨潔廢' || '處數據雲樂聖頭碼萬億鴻溫鍛鑄閥輕紙糧魚漁鹽煉橋隊庫銷貨購貝邁騰馳駿飛風態質監諮詢課維護養療師範館衞敎硏靑淸眞尙內鷄峯納勝' || '義偉傑順鋒濤藍綠紅潤鈞詳頓歐亞陸',
    '()()()' || '东济齐鲁岛台烟潍枣庄营滨临泽莱芜寿邹胶龙荣阳县区镇乡门崂黄广长宁阴业职学术机电气车厂团际国华兴发设备制艺贸实开产钢铁铝矿' || '医药财经责号联网络软体资讯环节纺织农园运输远达标准测检验计汇汇银丰宝尔轮动热线缆厦筑装饰传务协会场仪员规划项创价卫净洁废' || '处数据云乐圣头码万亿鸿温锻铸阀轻纸粮鱼渔盐炼桥队库销货购贝迈腾驰骏飞风态质监咨询课维护养疗师范馆卫教研青清真尚内鸡峰纳胜' || '义伟杰顺锋涛蓝绿红润钧详顿欧亚陆'))
$$;

-- Recompute every stored key with the new fold (the trigger fires only when "name" is written).
UPDATE "Organization" SET "nameKey" = "zl_org_name_key"("name") WHERE "nameKey" IS DISTINCT FROM "zl_org_name_key"("name");
