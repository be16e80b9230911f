"""Industry-router concepts beyond the medical and sugarcane corpora.

`sugar` also takes every sugarcane-disease concept except the off-topic questions' price/fertiliser
items (which stay sugar), `medical` takes every medical-triage concept; this module adds sugar-industry
and EV topics, and the out-of-scope material: greetings, other industries, and text in languages or
scripts Bagui's text models do not read (Korean, Arabic, Hindi, Russian, Japanese), whatever its topic.
"""

LABELS = ["sugar", "ev", "medical", "out_of_scope"]


def C(cid, label, **langs):
    return {"id": cid, "label": label,
            "phr": {k: [s.strip() for s in v.split("|") if s.strip()] for k, v in langs.items()}}


CONCEPTS = [
    # ----------------------------------------------------------- sugar industry
    C("sugar_mill", "sugar",
      en="when does the sugar mill start crushing this season|the mill's cane payment is late|sucrose content of my cane at the mill was 13%|how is the sugar recovery rate calculated",
      zh="今年糖厂什么时候开榨|糖厂的甘蔗款还没付|我的甘蔗进厂糖分是13%|糖的回收率怎么计算",
      vi="khi nào nhà máy đường bắt đầu ép vụ này|nhà máy chậm trả tiền mía|chữ đường mía của tôi ở nhà máy là 13 CCS|tỷ lệ thu hồi đường tính thế nào",
      th="โรงงานน้ำตาลเปิดหีบอ้อยเมื่อไร|โรงงานจ่ายเงินค่าอ้อยช้า|ค่าความหวานอ้อยของฉันที่โรงงานได้ 13 ซีซีเอส|คิดอัตราผลผลิตน้ำตาลอย่างไร",
      id="kapan pabrik gula mulai giling musim ini|pembayaran tebu dari pabrik terlambat|rendemen tebu saya di pabrik 13 persen|bagaimana rendemen gula dihitung",
      ms="bila kilang gula mula menghancur tebu musim ini|bayaran tebu dari kilang lambat|kandungan sukrosa tebu saya di kilang 13%|macam mana kadar perolehan gula dikira"),
    C("sugar_market", "sugar",
      en="raw sugar futures dropped this week|price of white sugar per tonne in guangxi|export quota for sugar to china|molasses price for ethanol plants",
      zh="本周原糖期货下跌|广西白糖每吨价格|食糖进口配额|乙醇厂的糖蜜价格",
      vi="giá đường thô kỳ hạn giảm tuần này|giá đường trắng mỗi tấn ở quảng tây|hạn ngạch xuất khẩu đường sang trung quốc|giá rỉ đường cho nhà máy ethanol",
      th="ราคาน้ำตาลทรายดิบล่วงหน้าลดลงสัปดาห์นี้|ราคาน้ำตาลทรายขาวต่อตันที่กวางสี|โควตาส่งออกน้ำตาลไปจีน|ราคากากน้ำตาลสำหรับโรงงานเอทานอล",
      id="harga gula mentah berjangka turun minggu ini|harga gula putih per ton di guangxi|kuota ekspor gula ke tiongkok|harga tetes tebu untuk pabrik etanol",
      ms="harga niaga hadapan gula mentah jatuh minggu ini|harga gula putih setan di guangxi|kuota eksport gula ke china|harga molases untuk kilang etanol"),
    C("sugar_farming", "sugar",
      en="best spacing for planting sugarcane setts|how to irrigate sugarcane in the dry season|mechanical cane harvester rental|should i burn the cane trash after harvest",
      zh="甘蔗种茎下种的最佳行距|旱季甘蔗怎么灌溉|租甘蔗收割机|收获后蔗叶要不要烧",
      vi="khoảng cách trồng hom mía tốt nhất|tưới mía mùa khô thế nào|thuê máy thu hoạch mía|có nên đốt lá mía sau thu hoạch không",
      th="ระยะปลูกท่อนพันธุ์อ้อยที่ดีที่สุด|ให้น้ำอ้อยหน้าแล้งอย่างไร|เช่ารถตัดอ้อย|ควรเผาใบอ้อยหลังเก็บเกี่ยวไหม",
      id="jarak tanam bibit tebu yang terbaik|cara mengairi tebu di musim kemarau|sewa mesin panen tebu|perlukah membakar daun tebu setelah panen",
      ms="jarak tanam keratan tebu yang terbaik|cara mengairi tebu musim kemarau|sewa mesin penuai tebu|perlu bakar sampah tebu lepas tuai?"),
    # ----------------------------------------------------------- EV
    C("ev_battery", "ev",
      en="my electric car battery health dropped to 85%|how long does an lfp battery pack last|battery degradation after 100,000 km|the bms shows a cell voltage imbalance",
      zh="我的电动车电池健康度降到85%了|磷酸铁锂电池包能用多久|跑了十万公里电池衰减多少|BMS显示单体电压不均衡",
      vi="pin xe điện của tôi chỉ còn 85% dung lượng|bộ pin lfp dùng được bao lâu|pin xe chai bao nhiêu sau 100.000 km|bms báo lệch điện áp cell pin",
      th="สุขภาพแบตเตอรี่รถยนต์ไฟฟ้าของฉันลดเหลือ 85%|แบตเตอรี่ lfp ใช้ได้กี่ปี|แบตเสื่อมเท่าไรหลังวิ่ง 100,000 กม.|bms แสดงแรงดันเซลล์ไม่สมดุล",
      id="kesehatan baterai mobil listrik saya turun ke 85%|berapa lama baterai lfp bertahan|degradasi baterai setelah 100.000 km|bms menunjukkan tegangan sel tidak seimbang",
      ms="kesihatan bateri kereta elektrik saya turun ke 85%|berapa lama pek bateri lfp tahan|kemerosotan bateri selepas 100,000 km|bms tunjuk voltan sel tak seimbang"),
    C("ev_charging", "ev",
      en="fast charging stops at 80 percent|where is the nearest dc charging station|charging is slow in cold weather|home wallbox installation for my ev",
      zh="快充到80%就停了|最近的直流充电桩在哪里|冬天充电很慢|家里装电动车充电桩",
      vi="sạc nhanh dừng ở 80%|trạm sạc dc gần nhất ở đâu|trời lạnh sạc rất chậm|lắp bộ sạc tại nhà cho xe điện",
      th="ชาร์จเร็วหยุดที่ 80%|สถานีชาร์จ dc ที่ใกล้ที่สุดอยู่ไหน|อากาศเย็นชาร์จช้า|ติดตั้งเครื่องชาร์จที่บ้านสำหรับรถอีวี",
      id="pengisian cepat berhenti di 80 persen|di mana stasiun pengisian dc terdekat|mengecas lambat saat cuaca dingin|pasang wallbox di rumah untuk mobil listrik",
      ms="pengecasan pantas berhenti pada 80 peratus|di mana stesen cas dc terdekat|cas jadi perlahan waktu sejuk|pasang pengecas di rumah untuk kereta elektrik"),
    C("ev_vehicle", "ev",
      en="range of the wuling mini ev in winter|electric motor makes a whining noise|regenerative braking feels too strong|which new energy vehicle is best under 100k yuan",
      zh="五菱宏光MINI EV冬天续航多少|电机有啸叫声|动能回收太强了|十万以内买哪款新能源车好",
      vi="quãng đường đi được của xe điện mini vào mùa đông|động cơ điện kêu rít|phanh tái sinh quá mạnh|xe năng lượng mới nào tốt nhất dưới 100 nghìn tệ",
      th="ระยะทางวิ่งของรถอีวีคันเล็กในหน้าหนาว|มอเตอร์ไฟฟ้ามีเสียงหอน|ระบบเบรกชาร์จกลับแรงเกินไป|รถพลังงานใหม่รุ่นไหนดีที่สุดในงบแสนหยวน",
      id="jarak tempuh mobil listrik mini saat musim dingin|motor listrik berbunyi mendengung|pengereman regeneratif terlalu kuat|mobil energi baru mana yang terbaik di bawah 100 ribu yuan",
      ms="jarak perjalanan kereta elektrik mini waktu musim sejuk|motor elektrik berbunyi mendesing|brek regeneratif terlalu kuat|kenderaan tenaga baharu mana terbaik bawah 100 ribu yuan"),
    C("ev_fault", "ev",
      en="battery warning light on the dashboard|the pack overheats during fast charging|thermal runaway risk of nmc cells|insulation fault error on my ev",
      zh="仪表盘电池故障灯亮了|快充时电池包过热|三元锂电芯的热失控风险|电动车报绝缘故障",
      vi="đèn cảnh báo pin sáng trên bảng đồng hồ|bộ pin quá nóng khi sạc nhanh|nguy cơ thoát nhiệt của cell nmc|xe điện báo lỗi cách điện",
      th="ไฟเตือนแบตเตอรี่ขึ้นที่หน้าปัด|แพ็กแบตร้อนเกินตอนชาร์จเร็ว|ความเสี่ยงการลุกลามความร้อนของเซลล์ nmc|รถอีวีแจ้งเตือนฉนวนผิดปกติ",
      id="lampu peringatan baterai menyala di dasbor|baterai terlalu panas saat pengisian cepat|risiko thermal runaway sel nmc|mobil listrik error isolasi",
      ms="lampu amaran bateri menyala di papan pemuka|pek bateri terlalu panas semasa cas pantas|risiko lari terma sel nmc|kereta elektrik ralat penebat"),
    # ----------------------------------------------------------- out of scope (supported languages)
    C("oos_greeting", "out_of_scope",
      en="hello|good morning, how are you|thanks a lot|who are you?|bye, see you tomorrow",
      zh="你好|早上好，最近怎么样|非常感谢|你是谁？|再见，明天见",
      vi="xin chào|chào buổi sáng, bạn khỏe không|cảm ơn nhiều|bạn là ai?|tạm biệt, hẹn mai gặp",
      th="สวัสดี|อรุณสวัสดิ์ สบายดีไหม|ขอบคุณมาก|คุณเป็นใคร|ลาก่อน เจอกันพรุ่งนี้",
      id="halo|selamat pagi, apa kabar|terima kasih banyak|kamu siapa?|dadah, sampai besok",
      ms="hai|selamat pagi, apa khabar|terima kasih banyak|awak siapa?|selamat tinggal, jumpa esok"),
    C("oos_weather_life", "out_of_scope",
      en="what's the weather in nanning tomorrow|recommend a good restaurant nearby|tell me a joke|what time is it in bangkok|how do i cook fried rice",
      zh="明天南宁天气怎么样|推荐一家附近好吃的餐厅|讲个笑话|曼谷现在几点|炒饭怎么做",
      vi="thời tiết nam ninh ngày mai thế nào|giới thiệu nhà hàng ngon gần đây|kể chuyện cười đi|bây giờ ở bangkok mấy giờ|làm cơm chiên thế nào",
      th="พรุ่งนี้อากาศที่หนานหนิงเป็นอย่างไร|แนะนำร้านอาหารอร่อยแถวนี้|เล่าเรื่องตลกหน่อย|ตอนนี้ที่กรุงเทพกี่โมง|ทำข้าวผัดยังไง",
      id="bagaimana cuaca di nanning besok|rekomendasi restoran enak di dekat sini|ceritakan lelucon|jam berapa sekarang di bangkok|cara masak nasi goreng",
      ms="cuaca di nanning esok bagaimana|cadangkan restoran sedap berdekatan|ceritakan satu jenaka|pukul berapa sekarang di bangkok|macam mana nak masak nasi goreng"),
    C("oos_other_industry", "out_of_scope",
      en="how do i open a bank account|cheapest flight to kuala lumpur|stock price of a textile company|best fertilizer for durian trees|rubber price in malaysia today|how to get a visa for china|my phone screen is broken",
      zh="怎么开银行账户|去吉隆坡最便宜的机票|纺织公司的股价|榴莲树用什么肥料好|今天马来西亚橡胶价格|怎么办中国签证|我的手机屏幕摔碎了",
      vi="mở tài khoản ngân hàng thế nào|vé máy bay rẻ nhất đi kuala lumpur|giá cổ phiếu công ty dệt may|phân bón tốt nhất cho cây sầu riêng|giá cao su malaysia hôm nay|làm visa trung quốc thế nào|màn hình điện thoại của tôi bị vỡ",
      th="เปิดบัญชีธนาคารอย่างไร|ตั๋วเครื่องบินไปกัวลาลัมเปอร์ที่ถูกที่สุด|ราคาหุ้นบริษัทสิ่งทอ|ปุ๋ยที่ดีที่สุดสำหรับต้นทุเรียน|ราคายางพาราในมาเลเซียวันนี้|ขอวีซ่าจีนอย่างไร|จอโทรศัพท์ของฉันแตก",
      id="cara membuka rekening bank|tiket pesawat termurah ke kuala lumpur|harga saham perusahaan tekstil|pupuk terbaik untuk pohon durian|harga karet di malaysia hari ini|cara mengurus visa ke tiongkok|layar hp saya pecah",
      ms="macam mana nak buka akaun bank|tiket kapal terbang paling murah ke kuala lumpur|harga saham syarikat tekstil|baja terbaik untuk pokok durian|harga getah di malaysia hari ini|cara mohon visa ke china|skrin telefon saya pecah"),
    C("oos_other_topics", "out_of_scope",
      en="who won the football match last night|write a poem about the sea|translate this sentence into french|what is the capital of laos|my internet is very slow|how much is a kilo of rice|help me write a cover letter",
      zh="昨晚的足球赛谁赢了|写一首关于大海的诗|把这句话翻译成法语|老挝的首都是哪里|我的网速很慢|大米一公斤多少钱|帮我写一封求职信",
      vi="ai thắng trận bóng đá tối qua|viết một bài thơ về biển|dịch câu này sang tiếng pháp|thủ đô của lào là gì|mạng internet của tôi rất chậm|một ký gạo giá bao nhiêu|giúp tôi viết thư xin việc",
      th="เมื่อคืนฟุตบอลใครชนะ|แต่งกลอนเกี่ยวกับทะเล|แปลประโยคนี้เป็นภาษาฝรั่งเศส|เมืองหลวงของลาวคืออะไร|อินเทอร์เน็ตช้ามาก|ข้าวสารกิโลละเท่าไร|ช่วยเขียนจดหมายสมัครงาน",
      id="siapa yang menang pertandingan sepak bola tadi malam|tulis puisi tentang laut|terjemahkan kalimat ini ke bahasa prancis|apa ibu kota laos|internet saya lambat sekali|berapa harga sekilo beras|bantu saya menulis surat lamaran",
      ms="siapa menang perlawanan bola sepak malam tadi|tulis puisi tentang laut|terjemah ayat ini ke bahasa perancis|apakah ibu negara laos|internet saya sangat perlahan|berapa harga sekilo beras|tolong tulis surat permohonan kerja"),
    # second out-of-scope set, added after the first router run confused chat and other topics with medical
    C("oos_daily", "out_of_scope",
      en="can you recommend a good movie|i lost my wallet on the bus|how do i get to the airport|my cat keeps scratching the sofa|what should i cook for dinner tonight|the shop closes at nine|i need a birthday gift for my mother",
      zh="推荐一部好看的电影|我在公交车上丢了钱包|去机场怎么走|我的猫一直抓沙发|今晚做什么菜好|商店九点关门|想给妈妈买个生日礼物",
      vi="giới thiệu một bộ phim hay|tôi làm mất ví trên xe buýt|đi sân bay thế nào|con mèo cứ cào ghế sofa|tối nay nấu món gì|cửa hàng đóng cửa lúc chín giờ|muốn mua quà sinh nhật cho mẹ",
      th="แนะนำหนังดีๆ หน่อย|ฉันทำกระเป๋าสตางค์หายบนรถเมล์|ไปสนามบินยังไง|แมวข่วนโซฟาตลอด|เย็นนี้ทำอะไรกินดี|ร้านปิดสามทุ่ม|อยากซื้อของขวัญวันเกิดให้แม่",
      id="rekomendasi film yang bagus|dompet saya hilang di bus|bagaimana cara ke bandara|kucing saya terus mencakar sofa|masak apa untuk makan malam|tokonya tutup jam sembilan|mau beli kado ulang tahun untuk ibu",
      ms="cadangkan filem yang bagus|dompet saya hilang dalam bas|macam mana nak ke lapangan terbang|kucing saya asyik cakar sofa|nak masak apa malam ini|kedai tutup pukul sembilan|nak beli hadiah hari jadi untuk emak"),
    C("oos_work_tech", "out_of_scope",
      en="how do i reset my email password|the printer in the office is jammed|write an email to my boss asking for leave|convert this file to pdf|what is the exchange rate of ringgit to yuan|how to pay my electricity bill online|school registration deadline",
      zh="邮箱密码怎么重置|办公室的打印机卡纸了|帮我给老板写一封请假邮件|把这个文件转成pdf|林吉特兑人民币汇率是多少|怎么在网上交电费|学校报名截止日期",
      vi="làm sao đặt lại mật khẩu email|máy in ở văn phòng bị kẹt giấy|viết email xin sếp nghỉ phép|chuyển tệp này sang pdf|tỷ giá ringgit sang nhân dân tệ|cách trả tiền điện trực tuyến|hạn đăng ký nhập học",
      th="รีเซ็ตรหัสผ่านอีเมลยังไง|เครื่องพิมพ์ในออฟฟิศกระดาษติด|ช่วยเขียนอีเมลขอลางานถึงหัวหน้า|แปลงไฟล์นี้เป็น pdf|อัตราแลกเปลี่ยนริงกิตเป็นหยวน|จ่ายค่าไฟออนไลน์ยังไง|วันปิดรับสมัครเรียน",
      id="cara reset kata sandi email|printer di kantor macet|tulis email ke atasan untuk minta cuti|ubah file ini ke pdf|berapa kurs ringgit ke yuan|cara bayar listrik online|batas waktu pendaftaran sekolah",
      ms="macam mana nak set semula kata laluan emel|pencetak di pejabat tersekat|tulis emel kepada bos minta cuti|tukar fail ini kepada pdf|kadar tukaran ringgit ke yuan|cara bayar bil elektrik dalam talian|tarikh akhir pendaftaran sekolah"),
    C("oos_gibberish", "out_of_scope",
      en="asdf jkl|ok|test test 123|???|...|lorem ipsum dolor sit amet",
      zh="啊啊啊|嗯|测试一下|哈哈哈哈|。。。|随便说说",
      vi="alo alo|ừ|thử thôi|hihi|ok ok|không có gì",
      th="555555|อืม|ทดสอบ|เฉยๆ|โอเค|ไม่มีอะไร",
      id="wkwkwk|oke|tes tes|hmm|iya|gak ada apa-apa",
      ms="hahaha|okay|cuba cuba|hmm|ya|tak ada apa"),
]

# Text in languages the models do not read: out of scope whatever the topic (sugar, EV, health, chat).
UNSUPPORTED = {
    "ko": ["가슴이 아프고 식은땀이 나요|머리가 너무 아파요|사탕수수 잎에 검은 채찍이 생겼어요|설탕 가격이 얼마예요|전기차 배터리가 빨리 닳아요|충전소가 어디에 있나요|안녕하세요|오늘 날씨 어때요|감사합니다|은행 계좌를 열고 싶어요|아이가 열이 나요|사탕수수 수확은 언제 하나요"],
    "ar": ["أشعر بألم في صدري|عندي صداع شديد|أوراق قصب السكر صفراء|كم سعر السكر اليوم|بطارية السيارة الكهربائية ضعيفة|أين محطة الشحن|مرحبا كيف حالك|شكرا جزيلا|ما هو الطقس غدا|ابني عنده حمى|متى يبدأ حصاد القصب|أريد فتح حساب بنكي"],
    "hi": ["मेरे सीने में दर्द है|मुझे तेज़ सिरदर्द है|गन्ने की पत्तियाँ पीली हो रही हैं|चीनी का भाव क्या है|इलेक्ट्रिक कार की बैटरी जल्दी खत्म होती है|चार्जिंग स्टेशन कहाँ है|नमस्ते आप कैसे हैं|धन्यवाद|कल मौसम कैसा रहेगा|बच्चे को बुखार है|गन्ने में कीड़ा लग गया है|बैंक खाता खोलना है"],
    "ru": ["у меня болит грудь|сильная головная боль|листья сахарного тростника желтеют|какая цена на сахар|батарея электромобиля быстро садится|где зарядная станция|привет, как дела|спасибо большое|какая погода завтра|у ребёнка температура|когда убирать тростник|хочу открыть банковский счёт"],
    "ja": ["胸が痛くて冷や汗が出ます|頭がとても痛いです|サトウキビの葉が黄色くなりました|砂糖の値段はいくらですか|電気自動車のバッテリーがすぐ減ります|充電ステーションはどこですか|こんにちは、お元気ですか|ありがとうございます|明日の天気はどうですか|子供が熱を出しました|サトウキビの収穫はいつですか|銀行口座を開きたいです"],
}

FRAMES = {
    "en": ["{x}", "{x}?", "question: {x}", "hi, {x}", "can you help: {x}", "i want to know {x}", "{x} thanks", "quick one, {x}"],
    "zh": ["{x}", "{x}？", "问一下，{x}", "你好，{x}", "帮我看看：{x}", "我想知道{x}", "{x}，谢谢", "请问{x}"],
    "vi": ["{x}", "{x}?", "cho hỏi {x}", "chào bạn, {x}", "giúp tôi: {x}", "tôi muốn biết {x}", "{x} cảm ơn", "hỏi nhanh: {x}"],
    "th": ["{x}", "{x} ครับ", "ขอถามหน่อย {x}", "สวัสดีค่ะ {x}", "ช่วยดูหน่อย {x}", "อยากรู้ว่า{x}", "{x} ขอบคุณ", "ถามหน่อยค่ะ {x}"],
    "id": ["{x}", "{x}?", "mau tanya, {x}", "halo, {x}", "tolong bantu: {x}", "saya ingin tahu {x}", "{x} makasih", "tanya dong, {x}"],
    "ms": ["{x}", "{x}?", "nak tanya, {x}", "hai, {x}", "tolong bantu: {x}", "saya nak tahu {x}", "{x} terima kasih", "soalan: {x}"],
}

# Topic lexicon per route and language, used in training only (1-3 words inside a frame), so the router keys
# on topic words rather than on whole sentences. Medical and sugarcane cue lexicons come in through their corpora.
KEYWORDS = {
    "sugar": {
        "en": "sugarcane|cane field|sugar mill|crushing season|sugar price|molasses|sucrose|ratoon crop|cane harvest|cane growers|raw sugar|cane variety|cane seedlings",
        "zh": "甘蔗|蔗田|糖厂|榨季|糖价|糖蜜|蔗糖分|宿根蔗|砍蔗|蔗农|原糖|甘蔗品种|蔗种",
        "vi": "cây mía|ruộng mía|nhà máy đường|vụ ép|giá đường|rỉ đường|chữ đường|mía gốc|thu hoạch mía|nông dân trồng mía|đường thô|giống mía|hom mía",
        "th": "อ้อย|ไร่อ้อย|โรงงานน้ำตาล|ฤดูหีบ|ราคาน้ำตาล|กากน้ำตาล|ค่าความหวาน|อ้อยตอ|ตัดอ้อย|ชาวไร่อ้อย|น้ำตาลทรายดิบ|พันธุ์อ้อย|ท่อนพันธุ์",
        "id": "tebu|kebun tebu|pabrik gula|musim giling|harga gula|tetes tebu|rendemen|tebu keprasan|tebang tebu|petani tebu|gula mentah|varietas tebu|bibit tebu",
        "ms": "tebu|ladang tebu|kilang gula|musim menghancur|harga gula|molases|kandungan sukrosa|tebu ratun|tuai tebu|pekebun tebu|gula mentah|varieti tebu|keratan tebu",
    },
    "ev": {
        "en": "electric vehicle|ev battery|charging station|fast charging|battery pack|state of health|bms|range|electric motor|charging pile|new energy vehicle|lfp cells|regenerative braking",
        "zh": "电动车|动力电池|充电站|快充|电池包|电池健康度|电池管理系统|续航|电机|充电桩|新能源汽车|磷酸铁锂|动能回收",
        "vi": "xe điện|pin xe điện|trạm sạc|sạc nhanh|bộ pin|độ chai pin|bms|quãng đường|động cơ điện|cột sạc|xe năng lượng mới|pin lfp|phanh tái sinh",
        "th": "รถยนต์ไฟฟ้า|แบตเตอรี่รถอีวี|สถานีชาร์จ|ชาร์จเร็ว|แพ็กแบตเตอรี่|สุขภาพแบตเตอรี่|bms|ระยะทางวิ่ง|มอเตอร์ไฟฟ้า|ตู้ชาร์จ|รถพลังงานใหม่|เซลล์ lfp|เบรกชาร์จกลับ",
        "id": "mobil listrik|baterai ev|stasiun pengisian|pengisian cepat|paket baterai|kesehatan baterai|bms|jarak tempuh|motor listrik|spklu|kendaraan energi baru|sel lfp|pengereman regeneratif",
        "ms": "kereta elektrik|bateri ev|stesen cas|cas pantas|pek bateri|kesihatan bateri|bms|jarak perjalanan|motor elektrik|pengecas|kenderaan tenaga baharu|sel lfp|brek regeneratif",
    },
    "medical": {
        "en": "symptoms|pain|fever|doctor|hospital|emergency|bleeding|breathing|vomiting|medicine|injury|rash|pregnant",
        "zh": "症状|疼痛|发烧|医生|医院|急诊|出血|呼吸|呕吐|药|受伤|皮疹|怀孕",
        "vi": "triệu chứng|đau|sốt|bác sĩ|bệnh viện|cấp cứu|chảy máu|thở|nôn|thuốc|bị thương|phát ban|mang thai",
        "th": "อาการ|ปวด|ไข้|หมอ|โรงพยาบาล|ฉุกเฉิน|เลือดออก|หายใจ|อาเจียน|ยา|บาดเจ็บ|ผื่น|ตั้งครรภ์",
        "id": "gejala|nyeri|demam|dokter|rumah sakit|gawat darurat|pendarahan|napas|muntah|obat|cedera|ruam|hamil",
        "ms": "simptom|sakit|demam|doktor|hospital|kecemasan|berdarah|nafas|muntah|ubat|cedera|ruam|mengandung",
    },
    "out_of_scope": {
        "en": "hello|thanks|weather|football|restaurant|bank account|flight ticket|phone repair|poem|joke|rubber price|durian|stock market|visa|internet|rice price",
        "zh": "你好|谢谢|天气|足球|餐厅|银行账户|机票|修手机|写诗|笑话|橡胶价格|榴莲|股市|签证|网络|米价",
        "vi": "xin chào|cảm ơn|thời tiết|bóng đá|nhà hàng|tài khoản ngân hàng|vé máy bay|sửa điện thoại|làm thơ|chuyện cười|giá cao su|sầu riêng|chứng khoán|visa|mạng internet|giá gạo",
        "th": "สวัสดี|ขอบคุณ|อากาศ|ฟุตบอล|ร้านอาหาร|บัญชีธนาคาร|ตั๋วเครื่องบิน|ซ่อมโทรศัพท์|แต่งกลอน|เรื่องตลก|ราคายาง|ทุเรียน|ตลาดหุ้น|วีซ่า|อินเทอร์เน็ต|ราคาข้าว",
        "id": "halo|terima kasih|cuaca|sepak bola|restoran|rekening bank|tiket pesawat|servis hp|puisi|lelucon|harga karet|durian|pasar saham|visa|internet|harga beras",
        "ms": "hai|terima kasih|cuaca|bola sepak|restoran|akaun bank|tiket penerbangan|baiki telefon|puisi|jenaka|harga getah|durian|pasaran saham|visa|internet|harga beras",
    },
}
