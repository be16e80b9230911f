"""Source of Models/sugarcane-disease/advice.json: short, conservative advice per class and language.

Usage: advice_source.py OUT.json

Drawn from the management sections of: Rott et al. (eds.), "A Guide to Sugarcane Diseases" (CIRAD-ISSCT,
2000); CABI Crop Protection Compendium datasheets; ICAR-Sugarcane Breeding Institute (Coimbatore)
extension bulletins; Guangxi Sugarcane Research Institute leaflets; Thai OCSB / Mitr Phol grower guides;
Vietnam Sugarcane Research Institute notes; P3GI (Indonesia) pest and disease guides. Pesticide names are
left out on purpose: registrations differ by country, so the advice points to the local label and extension
officer.
"""
import json
import sys

ADVICE = {
    "smut": {
        "en": "Likely sugarcane smut. Bag each black whip before cutting it out and burn it, so the spores do not spread; remove badly affected stools. Plant only smut-free, hot-water-treated setts (50 °C for 2 h) of a resistant variety, and do not keep heavily infected fields as ratoon.",
        "zh": "疑似甘蔗黑穗病。先用袋子套住黑鞭再割除并烧毁，防止孢子扩散；拔除病重蔗蔸。选用抗病品种，种苗须无病并经温水处理（50 °C，2 小时）；发病重的地块不要留宿根。",
        "vi": "Có thể là bệnh than (roi đen). Trùm túi vào roi đen rồi mới cắt và đốt để bào tử không lây lan; nhổ bỏ bụi bị nặng. Chỉ trồng hom sạch bệnh, đã xử lý nước nóng (50 °C trong 2 giờ), giống kháng; ruộng bị nặng không nên để gốc.",
        "th": "น่าจะเป็นโรคแส้ดำ ใช้ถุงครอบแส้ดำก่อนตัดออกแล้วเผาทำลาย เพื่อไม่ให้สปอร์ฟุ้งกระจาย ขุดกอที่เป็นหนักทิ้ง ใช้ท่อนพันธุ์สะอาดที่ผ่านการแช่น้ำร้อน (50 °C 2 ชั่วโมง) และพันธุ์ต้านทาน แปลงที่เป็นหนักไม่ควรไว้ตอ",
        "id": "Kemungkinan penyakit luka api (cambuk hitam). Bungkus cambuk dengan kantong sebelum dipotong lalu bakar agar spora tidak menyebar; cabut rumpun yang parah. Tanam bibit sehat yang sudah diberi perlakuan air panas (50 °C selama 2 jam) dari varietas tahan, dan jangan mengepras kebun yang terserang berat.",
        "ms": "Berkemungkinan penyakit smut (cemeti hitam). Sarungkan beg pada cemeti hitam sebelum dipotong dan dibakar supaya spora tidak merebak; cabut rumpun yang teruk. Tanam keratan benih bebas penyakit yang dirawat air panas (50 °C selama 2 jam) daripada varieti tahan, dan jangan simpan ladang yang teruk sebagai ratun.",
    },
    "mosaic": {
        "en": "Likely mosaic virus (SCMV/SrMV). There is no curative spray. Remove infected stools, plant virus-free seed cane (tissue-culture or certified nursery) of a resistant variety, and control aphids and grassy weeds such as sorghum and maize volunteers that host the virus.",
        "zh": "疑似甘蔗花叶病（病毒病），没有治疗性的药剂。拔除病株，选用脱毒健康种苗（组培苗或合格苗圃）和抗病品种，防治蚜虫，清除高粱、玉米等禾本科杂草寄主。",
        "vi": "Có thể là bệnh khảm lá do virus, không có thuốc chữa. Nhổ bỏ bụi bệnh, trồng hom sạch virus (cây cấy mô hoặc vườn giống đạt chuẩn) của giống kháng, phòng trừ rệp và cỏ dại họ hòa thảo như cao lương, ngô mọc lại.",
        "th": "น่าจะเป็นโรคใบด่างจากไวรัส ไม่มียารักษา ถอนกอที่เป็นโรคทิ้ง ใช้ท่อนพันธุ์ปลอดโรค (ต้นเพาะเลี้ยงเนื้อเยื่อหรือแปลงพันธุ์รับรอง) ของพันธุ์ต้านทาน ควบคุมเพลี้ยอ่อนและวัชพืชตระกูลหญ้า เช่น ข้าวฟ่าง ข้าวโพด ที่เป็นพืชอาศัย",
        "id": "Kemungkinan penyakit mosaik (virus), tidak ada obat penyembuh. Cabut rumpun sakit, tanam bibit bebas virus (kultur jaringan atau kebun bibit bersertifikat) dari varietas tahan, kendalikan kutu daun dan gulma rumput seperti sorgum dan jagung liar yang menjadi inang.",
        "ms": "Berkemungkinan penyakit mozek (virus), tiada racun yang boleh merawat. Cabut rumpun berpenyakit, tanam benih bebas virus (kultur tisu atau tapak semaian diperakui) daripada varieti tahan, dan kawal aphid serta rumpai rumput seperti sorgum dan jagung meliar yang menjadi perumah.",
    },
    "red_rot": {
        "en": "Likely red rot. Dig out and burn affected clumps, do not ratoon the field, and rotate with another crop. Use healthy setts from a disease-free nursery with sett treatment as recommended locally, plant resistant varieties, and keep the field well drained. Ask your extension officer to confirm.",
        "zh": "疑似甘蔗赤腐病。挖除病蔸并烧毁，该地块不要留宿根，实行轮作。从无病苗圃取健康种茎，并按当地推荐做种茎处理；选用抗病品种，注意排水。请农技人员确认。",
        "vi": "Có thể là bệnh thối đỏ. Đào bỏ và đốt bụi bệnh, không để gốc ruộng này, luân canh với cây khác. Dùng hom khỏe từ vườn giống sạch bệnh và xử lý hom theo khuyến cáo địa phương, trồng giống kháng, giữ ruộng thoát nước tốt. Nhờ cán bộ khuyến nông xác nhận.",
        "th": "น่าจะเป็นโรคเน่าแดง ขุดกอที่เป็นโรคออกแล้วเผา ไม่ไว้ตอแปลงนี้ และปลูกพืชหมุนเวียน ใช้ท่อนพันธุ์สะอาดจากแปลงพันธุ์ปลอดโรคและชุบท่อนพันธุ์ตามคำแนะนำในพื้นที่ ปลูกพันธุ์ต้านทาน และระบายน้ำให้ดี ให้เจ้าหน้าที่ส่งเสริมช่วยยืนยัน",
        "id": "Kemungkinan busuk merah. Bongkar dan bakar rumpun sakit, jangan dikepras, dan lakukan rotasi tanaman. Gunakan bibit sehat dari kebun bibit bebas penyakit dengan perlakuan bibit sesuai anjuran setempat, tanam varietas tahan, dan jaga drainase. Minta penyuluh untuk memastikan.",
        "ms": "Berkemungkinan reput merah. Gali dan bakar rumpun berpenyakit, jangan jadikan ratun, dan buat giliran tanaman. Guna keratan sihat dari tapak semaian bebas penyakit dengan rawatan benih seperti disyorkan setempat, tanam varieti tahan, dan pastikan saliran baik. Minta pegawai pengembangan mengesahkan.",
    },
    "pokkah_boeng": {
        "en": "Likely pokkah boeng (Fusarium top rot), common after humid, rainy spells on susceptible varieties. Mild cases often recover. If it spreads, cut out rotted tops, avoid excess nitrogen, and apply a locally registered fungicide to the spindle as your extension service advises; prefer tolerant varieties next season.",
        "zh": "疑似甘蔗梢腐病（镰刀菌），多在高温多雨后发生于感病品种。轻病株常可自行恢复。若蔓延，割除腐烂梢头，避免偏施氮肥，按当地农技部门建议对心叶喷施已登记的杀菌剂；下季选用耐病品种。",
        "vi": "Có thể là bệnh thối ngọn (pokkah boeng, nấm Fusarium), hay gặp sau mưa ẩm trên giống mẫn cảm. Bệnh nhẹ thường tự hồi phục. Nếu lan rộng, cắt bỏ ngọn thối, tránh bón thừa đạm, phun thuốc trừ nấm được đăng ký vào nõn theo hướng dẫn khuyến nông; vụ sau chọn giống chống chịu.",
        "th": "น่าจะเป็นโรคยอดบิด (pokkah boeng จากเชื้อฟิวซาเรียม) พบบ่อยหลังฝนตกชุกในพันธุ์ที่อ่อนแอ อาการเล็กน้อยมักฟื้นเอง ถ้าลุกลามให้ตัดยอดที่เน่าทิ้ง ไม่ใส่ปุ๋ยไนโตรเจนมากเกินไป และพ่นสารป้องกันกำจัดเชื้อราที่ขึ้นทะเบียนเข้ายอดตามคำแนะนำของเจ้าหน้าที่ ฤดูหน้าใช้พันธุ์ทนทาน",
        "id": "Kemungkinan pokkahbung (busuk pucuk Fusarium), sering muncul setelah hujan lembap pada varietas rentan. Serangan ringan biasanya pulih sendiri. Jika meluas, potong pucuk yang busuk, hindari pupuk nitrogen berlebih, dan semprot fungisida terdaftar ke pucuk sesuai anjuran penyuluh; musim depan pakai varietas toleran.",
        "ms": "Berkemungkinan pokkah boeng (reput pucuk Fusarium), biasa selepas hujan lembap pada varieti yang mudah dijangkiti. Serangan ringan selalunya pulih sendiri. Jika merebak, potong pucuk yang reput, elakkan baja nitrogen berlebihan, dan sembur racun kulat berdaftar ke pucuk mengikut nasihat pegawai pengembangan; musim depan guna varieti toleran.",
    },
    "ratoon_stunting": {
        "en": "Possibly ratoon stunting disease (Leifsonia xyli). It has no clear outside symptoms, so ask the mill or extension lab to test stalk samples. Plant hot-water-treated seed cane (50 °C for 2–3 h) from a clean nursery, disinfect cane knives and harvester blades between fields, and do not keep too many ratoons.",
        "zh": "可能是宿根矮化病（细菌病），外部症状不明显，请糖厂或农技实验室取蔗茎样本检测。使用来自无病苗圃并经温水处理（50 °C，2–3 小时）的种苗，在不同地块之间消毒砍刀和收割机刀片，不要留太多年宿根。",
        "vi": "Có thể là bệnh cằn gốc (vi khuẩn Leifsonia xyli), không có triệu chứng rõ bên ngoài, nên nhờ nhà máy hoặc phòng thí nghiệm khuyến nông xét nghiệm mẫu thân. Trồng hom xử lý nước nóng (50 °C trong 2–3 giờ) từ vườn giống sạch, khử trùng dao chặt và lưỡi máy thu hoạch giữa các ruộng, không để quá nhiều vụ gốc.",
        "th": "อาจเป็นโรคตอแคระแกร็น (แบคทีเรีย Leifsonia xyli) ซึ่งไม่มีอาการภายนอกชัดเจน ให้โรงงานหรือห้องปฏิบัติการส่งเสริมตรวจตัวอย่างลำ ใช้ท่อนพันธุ์ที่แช่น้ำร้อน (50 °C 2–3 ชั่วโมง) จากแปลงพันธุ์สะอาด ฆ่าเชื้อมีดตัดและใบมีดรถตัดอ้อยระหว่างแปลง และไม่ไว้ตอหลายปีเกินไป",
        "id": "Mungkin penyakit pembuluh / kerdil keprasan (Leifsonia xyli). Gejala luarnya tidak jelas, jadi minta pabrik atau laboratorium penyuluhan menguji contoh batang. Tanam bibit yang diberi perlakuan air panas (50 °C selama 2–3 jam) dari kebun bibit bersih, sterilkan golok dan pisau mesin panen antar kebun, dan jangan terlalu banyak keprasan.",
        "ms": "Mungkin penyakit bantut ratun (Leifsonia xyli). Tiada tanda luaran yang jelas, jadi minta kilang atau makmal pengembangan menguji sampel batang. Tanam benih yang dirawat air panas (50 °C selama 2–3 jam) dari tapak semaian bersih, nyahkuman parang dan bilah mesin penuai antara ladang, dan jangan simpan terlalu banyak ratun.",
    },
    "yellow_leaf": {
        "en": "Possibly yellow leaf (SCYLV, a virus spread by the sugarcane aphid). Confirm with a lab test, because drought, waterlogging and nutrient shortage also yellow leaves. Use virus-free (tissue-culture) seed cane and tolerant varieties, control aphids, and remove badly affected stools.",
        "zh": "可能是甘蔗黄叶病（由甘蔗蚜虫传播的病毒）。请做实验室检测确认，因为干旱、渍水和缺肥也会使叶片发黄。使用脱毒（组培）种苗和耐病品种，防治蚜虫，拔除重病蔗蔸。",
        "vi": "Có thể là bệnh vàng lá (virus SCYLV do rệp mía truyền). Nên xét nghiệm để xác nhận, vì hạn, úng và thiếu dinh dưỡng cũng làm vàng lá. Dùng hom sạch virus (cây cấy mô) và giống chống chịu, phòng trừ rệp, nhổ bỏ bụi bị nặng.",
        "th": "อาจเป็นโรคใบเหลือง (ไวรัส SCYLV ที่เพลี้ยอ่อนอ้อยเป็นพาหะ) ควรส่งตรวจยืนยัน เพราะความแล้ง น้ำขัง และขาดธาตุอาหารก็ทำให้ใบเหลืองได้ ใช้ท่อนพันธุ์ปลอดไวรัส (ต้นเพาะเลี้ยงเนื้อเยื่อ) และพันธุ์ทนทาน ควบคุมเพลี้ยอ่อน และถอนกอที่เป็นหนัก",
        "id": "Mungkin penyakit daun kuning (virus SCYLV yang ditularkan kutu daun tebu). Pastikan dengan uji laboratorium, karena kekeringan, genangan, dan kekurangan hara juga membuat daun kuning. Gunakan bibit bebas virus (kultur jaringan) dan varietas toleran, kendalikan kutu daun, dan cabut rumpun yang parah.",
        "ms": "Mungkin penyakit daun kuning (virus SCYLV yang dibawa aphid tebu). Sahkan dengan ujian makmal, kerana kemarau, air bertakung dan kekurangan nutrien juga menyebabkan daun kuning. Guna benih bebas virus (kultur tisu) dan varieti toleran, kawal aphid, dan cabut rumpun yang teruk.",
    },
    "rust": {
        "en": "Likely leaf rust (brown or orange rust). Resistant varieties are the main control; avoid excess nitrogen, and watch fields in cool, humid weather. In severe outbreaks on susceptible varieties, ask your extension service about a locally registered fungicide.",
        "zh": "疑似甘蔗锈病（褐锈或橙锈）。主要靠抗病品种防治；避免偏施氮肥，在凉爽潮湿天气注意巡查。感病品种发病严重时，请咨询农技部门使用当地登记的杀菌剂。",
        "vi": "Có thể là bệnh gỉ sắt (gỉ nâu hoặc gỉ cam). Biện pháp chính là giống kháng; tránh bón thừa đạm, theo dõi ruộng khi trời mát ẩm. Nếu bệnh nặng trên giống mẫn cảm, hỏi khuyến nông về thuốc trừ nấm được đăng ký tại địa phương.",
        "th": "น่าจะเป็นโรคราสนิม (สนิมสีน้ำตาลหรือสีส้ม) วิธีหลักคือใช้พันธุ์ต้านทาน ไม่ใส่ไนโตรเจนมากเกิน และหมั่นตรวจแปลงช่วงอากาศเย็นชื้น ถ้าระบาดรุนแรงในพันธุ์อ่อนแอ ให้ปรึกษาเจ้าหน้าที่เรื่องสารป้องกันกำจัดเชื้อราที่ขึ้นทะเบียน",
        "id": "Kemungkinan penyakit karat daun (karat coklat atau oranye). Pengendalian utama adalah varietas tahan; hindari nitrogen berlebih dan pantau kebun saat cuaca sejuk lembap. Jika serangan berat pada varietas rentan, tanyakan penyuluh tentang fungisida yang terdaftar.",
        "ms": "Berkemungkinan karat daun (karat perang atau oren). Kawalan utama ialah varieti tahan; elakkan nitrogen berlebihan dan pantau ladang ketika cuaca sejuk lembap. Jika serangan teruk pada varieti yang mudah dijangkiti, tanya pegawai pengembangan tentang racun kulat berdaftar.",
    },
    "stem_borer": {
        "en": "Likely stem borer (Chilo and related moths). Pull out and destroy dead hearts with the larvae inside, release Trichogramma egg parasitoids where available, use pheromone or light traps, earth up and mulch with trash, and harvest close to the ground. Use insecticides only as registered locally and at the early stage.",
        "zh": "疑似螟虫（条螟、二点螟等）为害。拔除枯心苗并连同幼虫销毁，有条件时释放赤眼蜂，使用性诱剂或杀虫灯，培土并用蔗叶覆盖，砍收时低砍。如需用药，仅在早期使用当地登记的杀虫剂。",
        "vi": "Có thể là sâu đục thân (các loài Chilo). Nhổ và tiêu hủy chồi héo đọt cùng sâu bên trong, thả ong mắt đỏ Trichogramma nếu có, dùng bẫy pheromone hoặc bẫy đèn, vun gốc và phủ lá mía, chặt sát gốc khi thu hoạch. Chỉ dùng thuốc trừ sâu được đăng ký và ở giai đoạn sớm.",
        "th": "น่าจะเป็นหนอนกออ้อย (กลุ่ม Chilo) ถอนหน่อที่ยอดตายพร้อมหนอนข้างในไปทำลาย ปล่อยแตนเบียนไข่ไตรโคแกรมมาถ้ามี ใช้กับดักฟีโรโมนหรือกับดักแสงไฟ พูนโคนและคลุมด้วยใบอ้อย ตัดชิดดินตอนเก็บเกี่ยว ใช้สารฆ่าแมลงเฉพาะที่ขึ้นทะเบียนและในระยะแรก",
        "id": "Kemungkinan penggerek batang (Chilo dan sejenisnya). Cabut dan musnahkan tanaman mati pucuk beserta larvanya, lepaskan parasitoid telur Trichogramma bila tersedia, pasang perangkap feromon atau lampu, lakukan pembumbunan dan mulsa daun tebu, serta panen rata tanah. Gunakan insektisida terdaftar saja dan pada tahap awal.",
        "ms": "Berkemungkinan ulat pengorek batang (Chilo dan seumpamanya). Cabut dan musnahkan pucuk mati bersama larva di dalamnya, lepaskan parasitoid telur Trichogramma jika ada, guna perangkap feromon atau cahaya, timbus pangkal dan sungkup dengan daun tebu, dan tuai rapat ke tanah. Guna racun serangga berdaftar sahaja dan pada peringkat awal.",
    },
    "white_grub": {
        "en": "Likely white grubs (cockchafer larvae) feeding on the roots. Plough deeply to expose grubs to birds, collect adult beetles after the first rains (light traps), and use biological control such as Metarhizium fungus or a locally registered soil treatment; irrigate or flood where practical.",
        "zh": "疑似蛴螬（金龟子幼虫）为害根系。深翻土壤让鸟类取食幼虫，头场雨后用灯光诱捕成虫，可用绿僵菌等生物防治或当地登记的土壤处理药剂；条件允许时灌水或淹水。",
        "vi": "Có thể là sùng trắng (ấu trùng bọ hung) ăn rễ. Cày sâu để chim bắt sâu, bẫy đèn bắt bọ trưởng thành sau trận mưa đầu mùa, dùng nấm xanh Metarhizium hoặc thuốc xử lý đất được đăng ký tại địa phương; tưới ngập nếu có thể.",
        "th": "น่าจะเป็นหนอนด้วงขาว (ตัวอ่อนด้วงแมงอีนูน) กัดกินราก ไถลึกให้หนอนขึ้นมาให้นกกิน จับตัวเต็มวัยหลังฝนแรกด้วยกับดักแสงไฟ ใช้ชีวภัณฑ์ เช่น เชื้อราเขียว Metarhizium หรือสารคลุกดินที่ขึ้นทะเบียน และให้น้ำขังถ้าทำได้",
        "id": "Kemungkinan uret (larva kumbang) yang memakan akar. Bajak dalam agar uret dimakan burung, tangkap kumbang dewasa setelah hujan pertama dengan perangkap lampu, gunakan agens hayati seperti jamur Metarhizium atau perlakuan tanah yang terdaftar; genangi lahan bila memungkinkan.",
        "ms": "Berkemungkinan ulat putih (larva kumbang) memakan akar. Bajak dalam supaya ulat dimakan burung, tangkap kumbang dewasa selepas hujan pertama dengan perangkap cahaya, guna kawalan biologi seperti kulat Metarhizium atau rawatan tanah berdaftar; banjirkan ladang jika praktikal.",
    },
    "healthy_or_unknown": {
        "en": "No known disease or pest pattern recognised in this description. Keep monitoring; if you see a problem, describe the leaves, stalk inside and roots, or send photos and samples to your extension officer or the mill agronomist.",
        "zh": "从描述中未识别出已知的病虫害特征。请继续观察；如有问题，请描述叶片、茎内部和根部的情况，或把照片和样本交给农技员或糖厂农务人员。",
        "vi": "Không nhận ra dấu hiệu sâu bệnh đã biết trong mô tả này. Tiếp tục theo dõi; nếu có vấn đề, hãy mô tả lá, ruột thân và rễ, hoặc gửi ảnh và mẫu cho cán bộ khuyến nông hay nông vụ nhà máy.",
        "th": "ไม่พบลักษณะโรคหรือแมลงที่รู้จักจากคำบรรยายนี้ ให้เฝ้าดูต่อไป ถ้าพบปัญหาให้บรรยายใบ เนื้อในลำ และราก หรือส่งรูปและตัวอย่างให้เจ้าหน้าที่ส่งเสริมหรือนักวิชาการของโรงงาน",
        "id": "Tidak dikenali pola penyakit atau hama dari deskripsi ini. Terus pantau; jika ada masalah, jelaskan keadaan daun, bagian dalam batang dan akar, atau kirim foto dan sampel ke penyuluh atau petugas tanaman pabrik gula.",
        "ms": "Tiada corak penyakit atau perosak yang dikenali daripada penerangan ini. Teruskan pemantauan; jika ada masalah, terangkan keadaan daun, bahagian dalam batang dan akar, atau hantar gambar dan sampel kepada pegawai pengembangan atau ahli agronomi kilang.",
    },
}

DISCLAIMER = {
    "en": "Advice from a model trained on simulated descriptions: confirm with a local extension officer; follow the pesticide label and local registration.",
    "zh": "本建议来自基于模拟描述训练的模型：请向当地农技人员确认；用药须遵守标签和当地登记规定。",
    "vi": "Lời khuyên từ mô hình huấn luyện trên mô tả mô phỏng: hãy xác nhận với cán bộ khuyến nông địa phương; tuân thủ nhãn thuốc và quy định đăng ký.",
    "th": "คำแนะนำจากแบบจำลองที่ฝึกด้วยคำบรรยายจำลอง: โปรดยืนยันกับเจ้าหน้าที่ส่งเสริมในพื้นที่ และปฏิบัติตามฉลากและทะเบียนสารเคมี",
    "id": "Saran dari model yang dilatih dengan deskripsi simulasi: pastikan dengan penyuluh setempat; ikuti label dan izin pestisida yang berlaku.",
    "ms": "Nasihat daripada model yang dilatih dengan penerangan simulasi: sahkan dengan pegawai pengembangan tempatan; patuhi label racun dan pendaftaran tempatan.",
}

if __name__ == "__main__":
    out = {"schema": "bagui.advice/1", "version": "1.0.0", "languages": ["zh", "en", "vi", "th", "id", "ms"],
           "fallbackLanguage": "en", "disclaimer": DISCLAIMER, "advice": ADVICE}
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
