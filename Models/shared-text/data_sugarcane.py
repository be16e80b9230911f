"""Sugarcane problems as growers describe them, per class and language.

Symptom descriptions follow: ISSCT / Rott et al. (eds.), "A Guide to Sugarcane Diseases" (CIRAD-ISSCT,
2000); CABI Crop Protection Compendium datasheets (Sporisorium scitamineum, Sugarcane mosaic virus,
Colletotrichum falcatum, Fusarium moniliforme/pokkah boeng, Leifsonia xyli subsp. xyli, Sugarcane yellow
leaf virus, Puccinia melanocephala / P. kuehnii, Chilo spp., Holotrichia / Lepidiota white grubs);
Guangxi Sugarcane Research Institute extension leaflets; Thai Office of the Cane and Sugar Board (OCSB)
and Mitr Phol grower guides; Vietnam Sugarcane Research Institute (Bến Cát) extension notes; Indonesian
P3GI (Pasuruan) pest and disease guides; FAO plant protection profiles.

Each concept is one symptom aspect; several concepts per class give the model several cues.
Phrasings are '|'-separated.
"""

LABELS = ["smut", "mosaic", "red_rot", "pokkah_boeng", "ratoon_stunting", "yellow_leaf", "rust", "stem_borer",
          "white_grub", "healthy_or_unknown"]


def C(cid, label, **langs):
    return {"id": cid, "label": label,
            "phr": {k: [s.strip() for s in v.split("|") if s.strip()] for k, v in langs.items()}}


CONCEPTS = [
    # smut
    C("smut_whip", "smut",
      en="a long black whip growing out of the top of the cane|black whip-like shoot covered in black powder|the growing point turned into a curved black whip|silvery membrane on a black whip at the top",
      zh="甘蔗顶端长出一条黑色的鞭子|梢头抽出黑鞭，上面全是黑粉|生长点变成弯曲的黑鞭|顶上黑鞭外面有一层银白色的膜",
      vi="ngọn mía mọc ra roi đen dài|chồi ngọn biến thành roi đen phủ bột đen|đỉnh sinh trưởng thành cái roi đen cong|roi đen ở ngọn có màng trắng bạc bên ngoài",
      th="ยอดอ้อยมีแส้สีดำยาวงอกออกมา|ยอดกลายเป็นแส้ดำมีผงสีดำ|ปลายยอดกลายเป็นแส้ดำโค้ง|แส้ดำที่ยอดมีเยื่อสีเงินหุ้ม",
      id="ujung tebu keluar cambuk hitam panjang|pucuk berubah jadi cambuk hitam berbubuk|titik tumbuh jadi cambuk hitam melengkung|cambuk hitam di pucuk diselubungi selaput perak",
      ms="hujung tebu keluar cemeti hitam panjang|pucuk bertukar jadi cemeti hitam berserbuk|titik tumbuh jadi cemeti hitam melengkung|cemeti hitam di pucuk berselaput putih perak"),
    C("smut_grassy", "smut",
      en="lots of thin grassy shoots and black dust on the leaves|stool is bushy with thin stalks and black spore powder|cane tillers like grass, narrow leaves, some black whips",
      zh="分蘖很多像草一样细，叶子上有黑粉|蔗蔸丛生，茎很细，有黑色孢子粉|蔗苗像茅草，叶子窄，有几根黑鞭",
      vi="nhiều chồi nhỏ như cỏ, lá dính bụi đen|bụi mía rậm, thân nhỏ, có bột bào tử đen|mía đẻ nhánh như cỏ, lá hẹp, vài roi đen",
      th="แตกกอเป็นหน่อเล็กๆ เหมือนหญ้า มีผงดำบนใบ|กอแน่นลำเล็ก มีผงสปอร์สีดำ|หน่ออ้อยเหมือนหญ้า ใบแคบ มีแส้ดำบางต้น",
      id="banyak anakan kurus seperti rumput dan ada debu hitam di daun|rumpun rimbun, batang kecil, ada bubuk spora hitam|anakan tebu seperti rumput, daun sempit, ada cambuk hitam",
      ms="banyak anak pokok kurus macam rumput dan ada debu hitam pada daun|rumpun lebat, batang kecil, ada serbuk spora hitam|anak tebu macam rumput, daun sempit, ada cemeti hitam"),
    # mosaic
    C("mosaic_pattern", "mosaic",
      en="young leaves have light and dark green patches like a mosaic|pale green and yellow streaks mixed on the leaf blade|mottled leaves with irregular light green islands|leaves look patchy, pale stripes on green",
      zh="嫩叶上有深浅绿色相间的斑驳花纹|叶片上有淡绿色和黄色条纹混杂|叶子花斑，有不规则的浅绿色斑块|叶子颜色深浅不一，绿底上有淡色条纹",
      vi="lá non có mảng xanh nhạt xanh đậm xen kẽ như khảm|phiến lá có vệt xanh nhạt và vàng lẫn lộn|lá lốm đốm với các đảo xanh nhạt không đều|lá loang lổ, sọc nhạt trên nền xanh",
      th="ใบอ่อนมีลายด่างเขียวอ่อนสลับเขียวเข้ม|แผ่นใบมีทางสีเขียวซีดและเหลืองปนกัน|ใบด่างเป็นหย่อมเขียวอ่อนไม่สม่ำเสมอ|ใบเป็นลายด่าง มีแถบสีซีดบนพื้นเขียว",
      id="daun muda belang hijau muda dan hijau tua seperti mozaik|helai daun bergaris hijau pucat dan kuning bercampur|daun belang dengan bercak hijau muda tidak beraturan|daun tampak belang, garis pucat di atas hijau",
      ms="daun muda bertompok hijau muda dan hijau tua macam mozek|helai daun berjalur hijau pucat dan kuning bercampur|daun berbelang dengan tompok hijau muda tak sekata|daun nampak bertompok, jalur pucat atas hijau"),
    C("mosaic_aphid", "mosaic",
      en="mosaic streaks on leaves and many aphids nearby|stunted plants with mottled leaves, spread from cuttings|chlorotic streaks on the youngest leaves, plants smaller",
      zh="叶子上有花叶条纹，附近有很多蚜虫|植株矮小，叶片花斑，像是种苗带来的|最嫩的叶子上有褪绿条纹，植株变小",
      vi="lá có vệt khảm và có nhiều rệp gần đó|cây còi cọc lá lốm đốm, lây từ hom giống|lá non nhất có sọc mất màu xanh, cây nhỏ lại",
      th="ใบมีลายด่างและมีเพลี้ยอ่อนมาก|ต้นแคระ ใบด่าง ติดมากับท่อนพันธุ์|ใบอ่อนสุดมีแถบสีซีด ต้นเล็กลง",
      id="garis mozaik di daun dan banyak kutu daun di sekitar|tanaman kerdil daun belang, menular dari bibit|garis klorosis pada daun termuda, tanaman mengecil",
      ms="jalur mozek pada daun dan banyak aphid berdekatan|pokok bantut daun bertompok, berjangkit dari keratan benih|jalur pucat pada daun paling muda, pokok jadi kecil"),
    # red rot
    C("redrot_inside", "red_rot",
      en="when i split the stalk the inside is red with white patches across|inner tissue reddened with white cross bands|split cane shows red pith and smells sour like alcohol|inside of the stem is red and rotten, smells of vinegar",
      zh="把蔗茎劈开里面是红色的，有横向白斑|茎内组织变红，有白色横带|劈开甘蔗，髓部发红，有酸酒味|茎里面红色腐烂，有醋酸味",
      vi="chẻ thân mía thấy ruột đỏ có vệt trắng ngang|mô bên trong đỏ lên với dải trắng cắt ngang|chẻ ra ruột mía đỏ, có mùi chua như rượu|trong thân mía đỏ và thối, có mùi giấm",
      th="ผ่าลำอ้อยเห็นเนื้อในสีแดงมีแถบขาวขวาง|เนื้อในลำเป็นสีแดงมีแถบขาวตามขวาง|ผ่าลำแล้วไส้แดง มีกลิ่นเปรี้ยวเหมือนเหล้า|ข้างในลำแดงและเน่า มีกลิ่นเหมือนน้ำส้มสายชู",
      id="batang dibelah dalamnya merah dengan bercak putih melintang|jaringan dalam memerah dengan pita putih melintang|tebu dibelah empulurnya merah dan bau asam seperti alkohol|bagian dalam batang merah dan busuk, bau cuka",
      ms="bila batang dibelah dalamnya merah dengan tompok putih melintang|tisu dalam jadi merah dengan jalur putih melintang|tebu dibelah isinya merah dan berbau masam macam alkohol|bahagian dalam batang merah dan reput, bau cuka"),
    C("redrot_wilt", "red_rot",
      en="the third and fourth leaves dry from the edges and the whole top withers|red spots along the leaf midrib and stalks shrivel|stalks become hollow and dry, the crown dies",
      zh="第三四片叶子从叶缘开始干枯，整个梢部枯萎|叶片中脉上有红色病斑，茎秆干缩|蔗茎中空干瘪，梢头死亡",
      vi="lá thứ ba thứ tư khô từ mép, cả ngọn héo|gân giữa lá có vết đỏ, thân teo lại|thân mía rỗng và khô, ngọn chết",
      th="ใบที่สามสี่แห้งจากขอบใบ ยอดเหี่ยวทั้งยอด|มีแผลสีแดงตามเส้นกลางใบ ลำเหี่ยวย่น|ลำกลวงแห้ง ยอดตาย",
      id="daun ketiga dan keempat mengering dari tepi, seluruh pucuk layu|bercak merah di sepanjang ibu tulang daun dan batang mengerut|batang menjadi kosong dan kering, pucuk mati",
      ms="daun ketiga dan keempat kering dari tepi, seluruh pucuk layu|tompok merah sepanjang tulang daun dan batang kecut|batang jadi berongga dan kering, pucuk mati"),
    # pokkah boeng
    C("pokkah_twist", "pokkah_boeng",
      en="young leaves at the top are twisted and crumpled|top leaves wrinkled, tangled and can't unroll|spindle leaves malformed and knotted together|leaf bases near the top are pale and the leaves are distorted",
      zh="梢部嫩叶扭曲皱缩|顶部叶片皱褶缠绕，展不开|心叶畸形，缠结在一起|顶部叶片基部褪绿发白，叶子变形",
      vi="lá non trên ngọn bị xoắn và nhăn nhúm|lá ngọn nhăn, quấn vào nhau không mở ra được|lá nõn dị dạng, xoắn thắt lại|gốc lá gần ngọn bạc trắng, lá biến dạng",
      th="ใบอ่อนที่ยอดบิดเบี้ยวย่น|ใบยอดย่นพันกัน คลี่ไม่ออก|ใบยอดผิดรูปบิดเป็นปม|โคนใบใกล้ยอดซีดขาว ใบผิดรูป",
      id="daun muda di pucuk terpilin dan keriting|daun pucuk berkerut, kusut dan tidak bisa membuka|daun gulungan pucuk cacat dan terbelit|pangkal daun dekat pucuk pucat dan daunnya berubah bentuk",
      ms="daun muda di pucuk berpintal dan berkedut|daun pucuk berkedut, berbelit dan tak boleh kembang|daun pucuk cacat dan terbelit|pangkal daun dekat pucuk pucat dan daun berubah bentuk"),
    C("pokkah_topRot", "pokkah_boeng",
      en="top of the cane rotting after the rains, ladder-like cuts on the stalk|knife-cut lesions on the rind near the top|growing point rotten and the top falls over, twisted leaves",
      zh="雨季后梢头腐烂，茎上有梯状裂纹|梢部茎皮有刀割状病斑|生长点腐烂，梢头倒下，叶子扭曲",
      vi="sau mưa ngọn mía thối, trên thân có vết nứt như bậc thang|vỏ thân gần ngọn có vết như dao cắt|điểm sinh trưởng thối, ngọn gục, lá xoắn",
      th="หลังฝนตกยอดอ้อยเน่า ลำมีรอยแตกเป็นขั้นบันได|เปลือกลำใกล้ยอดมีรอยเหมือนมีดบาด|จุดเจริญเน่า ยอดหักพับ ใบบิด",
      id="setelah hujan pucuk tebu busuk, ada sayatan seperti tangga di batang|luka seperti bekas pisau di kulit batang dekat pucuk|titik tumbuh busuk dan pucuk rebah, daun terpilin",
      ms="selepas hujan pucuk tebu reput, ada rekahan macam tangga pada batang|luka macam kena pisau pada kulit batang dekat pucuk|titik tumbuh reput dan pucuk tumbang, daun berpintal"),
    # ratoon stunting
    C("rsd_stunt", "ratoon_stunting",
      en="ratoon crop is stunted and thin with no clear symptoms on the leaves|second ratoon much shorter, stalks thin, uneven growth|cane stunted in patches, worse in the dry season, leaves look normal|poor ratoon regrowth, short thin stalks",
      zh="宿根蔗矮小细弱，叶片上看不出明显症状|第二年宿根蔗矮很多，茎细，长势不齐|甘蔗成片矮化，旱季更严重，叶子看着正常|宿根发株差，茎秆又短又细",
      vi="mía gốc còi cọc, thân nhỏ, lá không có triệu chứng rõ|vụ gốc hai thấp hơn nhiều, thân nhỏ, mọc không đều|mía lùn từng đám, mùa khô nặng hơn, lá trông bình thường|mía gốc tái sinh kém, thân ngắn và nhỏ",
      th="อ้อยตอแคระแกร็นลำเล็ก ใบไม่มีอาการชัดเจน|อ้อยตอสองเตี้ยกว่ามาก ลำเล็ก โตไม่สม่ำเสมอ|อ้อยแคระเป็นหย่อม หน้าแล้งเป็นมากขึ้น ใบดูปกติ|อ้อยตอแตกหน่อไม่ดี ลำสั้นและเล็ก",
      id="tebu keprasan kerdil dan kurus tanpa gejala jelas di daun|keprasan kedua jauh lebih pendek, batang kecil, pertumbuhan tidak rata|tebu kerdil berkelompok, lebih parah saat kemarau, daun tampak normal|pertumbuhan keprasan buruk, batang pendek kecil",
      ms="tebu ratun bantut dan kurus tanpa tanda jelas pada daun|ratun kedua jauh lebih rendah, batang kecil, tumbesaran tak sekata|tebu bantut bertompok, lebih teruk musim kemarau, daun nampak biasa|pertumbuhan semula ratun lemah, batang pendek dan kecil"),
    C("rsd_nodes", "ratoon_stunting",
      en="cut the node and saw orange-red dots in the vascular bundles|tiny reddish specks inside the nodes, stalks thin|pinkish discoloured dots in the node tissue of young stalks",
      zh="切开蔗节看到维管束有橙红色小点|节内有细小的红色斑点，茎秆细|嫩茎节部组织有粉红色变色小点",
      vi="cắt ngang mắt mía thấy chấm đỏ cam ở bó mạch|trong đốt có chấm nhỏ màu đỏ, thân nhỏ|mô đốt thân non có chấm hồng đổi màu",
      th="ตัดข้ออ้อยเห็นจุดสีส้มแดงที่ท่อลำเลียง|ในข้อมีจุดเล็กสีแดง ลำเล็ก|เนื้อเยื่อข้อของลำอ่อนมีจุดสีชมพู",
      id="memotong ruas dan terlihat titik merah oranye di berkas pembuluh|bintik kemerahan kecil di dalam buku batang, batang kurus|titik berwarna merah muda di jaringan buku batang muda",
      ms="potong buku batang dan nampak bintik merah oren dalam berkas vaskular|bintik kemerahan kecil dalam buku, batang kurus|bintik merah jambu dalam tisu buku batang muda"),
    # yellow leaf
    C("yld_midrib", "yellow_leaf",
      en="the midrib on the underside of the leaves is turning bright yellow|yellow midrib on older leaves, third to sixth leaf from the top|yellowing starts along the midrib then spreads into the leaf|leaf midribs yellow while the blade is still green",
      zh="叶片背面的中脉变成亮黄色|从顶部数第三到第六片老叶中脉发黄|黄化从中脉开始，再扩散到叶片|叶子中脉黄了，叶片还是绿的",
      vi="gân chính mặt dưới lá chuyển vàng tươi|gân lá vàng ở lá già, lá thứ ba đến thứ sáu từ ngọn|vàng bắt đầu dọc gân giữa rồi lan ra phiến lá|gân lá vàng trong khi phiến lá vẫn xanh",
      th="เส้นกลางใบด้านล่างเป็นสีเหลืองสด|เส้นกลางใบเหลืองที่ใบแก่ ใบที่สามถึงหกจากยอด|อาการเหลืองเริ่มจากเส้นกลางใบแล้วลามไปทั้งใบ|เส้นกลางใบเหลืองแต่แผ่นใบยังเขียว",
      id="ibu tulang daun di bagian bawah menguning terang|ibu tulang daun kuning pada daun tua, daun ketiga sampai keenam dari pucuk|menguning mulai dari ibu tulang daun lalu menyebar ke helai daun|tulang daun kuning sementara helai daun masih hijau",
      ms="tulang tengah daun di bahagian bawah jadi kuning terang|tulang daun kuning pada daun tua, daun ketiga hingga keenam dari pucuk|kekuningan bermula pada tulang tengah dan merebak ke daun|tulang daun kuning tetapi helai daun masih hijau"),
    C("yld_bunch", "yellow_leaf",
      en="leaves yellow then reddish and the top leaves bunch together late in the season|whole leaf turns yellow then dries from the tip, shortened internodes at the top|late season the canopy looks yellow and the top is tufted",
      zh="生长后期叶片先黄后红，顶部叶片簇生|整片叶变黄后从叶尖干枯，梢部节间缩短|后期整片蔗田看起来发黄，梢部丛生",
      vi="cuối vụ lá vàng rồi ửng đỏ, lá ngọn chụm lại|cả lá vàng rồi khô từ chóp, lóng ngọn ngắn lại|cuối vụ tán lá vàng, ngọn túm lại",
      th="ปลายฤดูใบเหลืองแล้วแดง ใบยอดเป็นกระจุก|ทั้งใบเหลืองแล้วแห้งจากปลาย ปล้องยอดสั้นลง|ปลายฤดูทรงพุ่มดูเหลือง ยอดเป็นกระจุก",
      id="akhir musim daun menguning lalu kemerahan, daun pucuk bergerombol|seluruh daun kuning lalu kering dari ujung, ruas pucuk memendek|akhir musim tajuk tampak kuning dan pucuk menggerombol",
      ms="hujung musim daun kuning kemudian kemerahan, daun pucuk berkelompok|seluruh daun kuning kemudian kering dari hujung, ruas pucuk memendek|hujung musim kanopi nampak kuning dan pucuk bergumpal"),
    # rust
    C("rust_pustule", "rust",
      en="small brown spots on the leaves that rub off as orange powder|leaves covered in reddish-brown pustules|elongated yellow spots turning brown on both sides of the leaf|orange rust dust comes off on my hands",
      zh="叶子上有小褐斑，一摸就掉橙色粉末|叶片布满红褐色孢子堆|叶子两面有长条黄斑，后来变成褐色|手摸叶子沾上橙色锈粉",
      vi="lá có đốm nâu nhỏ, chà ra bột màu cam|lá đầy ổ bào tử màu nâu đỏ|đốm vàng hình thoi chuyển nâu ở hai mặt lá|bột gỉ màu cam dính vào tay",
      th="ใบมีจุดสีน้ำตาลเล็กๆ ถูแล้วมีผงสีส้ม|ใบเต็มไปด้วยตุ่มสีน้ำตาลแดง|จุดเหลืองยาวเปลี่ยนเป็นน้ำตาลทั้งสองด้านของใบ|ผงสนิมสีส้มติดมือ",
      id="bercak coklat kecil di daun yang bila digosok keluar bubuk oranye|daun penuh bintil coklat kemerahan|bercak kuning memanjang berubah coklat di kedua sisi daun|debu karat oranye menempel di tangan",
      ms="tompok perang kecil pada daun yang bila digosok keluar serbuk oren|daun penuh bintil perang kemerahan|tompok kuning memanjang bertukar perang di kedua-dua belah daun|debu karat oren melekat di tangan"),
    C("rust_field", "rust",
      en="in cool humid weather the whole field looks brown and leaves dry early|older leaves rusty and dying, the field looks scorched|leaf rust spreading fast on this susceptible variety",
      zh="天气凉爽潮湿时整块地看起来发褐，叶片提早干枯|老叶锈斑多，整片地像被火烧过|这个感病品种叶锈病蔓延很快",
      vi="trời mát ẩm cả ruộng ngả màu nâu, lá khô sớm|lá già bị gỉ và chết, ruộng trông như bị cháy|bệnh gỉ sắt lan nhanh trên giống mẫn cảm này",
      th="อากาศเย็นชื้นทั้งแปลงดูเป็นสีน้ำตาล ใบแห้งเร็ว|ใบแก่เป็นสนิมและตาย แปลงดูเหมือนไฟไหม้|ราสนิมระบาดเร็วในพันธุ์ที่อ่อนแอนี้",
      id="saat cuaca sejuk lembap seluruh kebun tampak coklat dan daun cepat kering|daun tua berkarat dan mati, kebun tampak seperti terbakar|karat daun menyebar cepat pada varietas rentan ini",
      ms="bila cuaca sejuk lembap seluruh ladang nampak perang dan daun kering awal|daun tua berkarat dan mati, ladang nampak hangus|karat daun merebak cepat pada varieti yang mudah dijangkiti ini"),
    # stem borer
    C("borer_deadheart", "stem_borer",
      en="the central shoot of young cane is dry and pulls out easily|dead hearts in the young shoots, smells bad at the base|middle leaf withered in young plants, comes out with a tug|young tillers dying from the centre",
      zh="幼苗心叶枯死，一拔就出来|幼苗出现枯心苗，基部有臭味|嫩株中间的叶子枯萎，一拉就掉|分蘖苗从中心开始死",
      vi="đọt non của mía con bị héo, rút ra dễ dàng|chồi non bị héo đọt, gốc có mùi hôi|lá giữa cây non héo khô, kéo nhẹ là ra|nhánh non chết từ giữa đọt",
      th="ยอดกลางของอ้อยเล็กแห้งและดึงออกง่าย|หน่ออ่อนยอดเหี่ยวตาย โคนมีกลิ่นเหม็น|ใบกลางของต้นเล็กเหี่ยว ดึงนิดเดียวก็หลุด|หน่ออ้อยตายจากยอดกลาง",
      id="pucuk tengah tebu muda kering dan mudah dicabut|mati pucuk pada tunas muda, pangkalnya berbau busuk|daun tengah tanaman muda layu, sekali tarik lepas|anakan muda mati dari tengah",
      ms="pucuk tengah tebu muda kering dan senang dicabut|pucuk mati pada anak tebu, pangkal berbau busuk|daun tengah pokok muda layu, tarik sikit terus tercabut|anak tebu mati dari tengah"),
    C("borer_holes", "stem_borer",
      en="small holes in the stalk with sawdust-like frass|tunnels inside the cane with a caterpillar|bore holes near the nodes and the stalk breaks in the wind|pinkish larvae eating inside the stem",
      zh="蔗茎上有小孔，有木屑样虫粪|甘蔗里面有隧道，还有一条虫|节附近有蛀孔，茎秆被风一吹就断|粉红色幼虫在茎里面蛀食",
      vi="thân mía có lỗ nhỏ với phân như mùn cưa|bên trong thân có đường hầm và con sâu|lỗ đục gần mắt, thân gãy khi có gió|sâu non màu hồng ăn bên trong thân",
      th="ลำอ้อยมีรูเล็กๆ มีขุยเหมือนขี้เลื่อย|ในลำมีอุโมงค์และมีหนอน|มีรูเจาะใกล้ข้อ ลำหักเมื่อลมพัด|หนอนสีชมพูกินอยู่ในลำ",
      id="lubang kecil di batang dengan kotoran seperti serbuk gergaji|ada lorong di dalam batang dan ulatnya|lubang gerekan dekat buku, batang patah kena angin|larva merah muda makan di dalam batang",
      ms="lubang kecil pada batang dengan najis macam habuk kayu|ada terowong dalam batang dengan ulat|lubang korekan dekat buku, batang patah bila angin|larva merah jambu makan dalam batang"),
    # white grub
    C("grub_roots", "white_grub",
      en="white C-shaped grubs in the soil eating the roots|dug up a clump and found fat white larvae curled like a C|roots chewed off, many white worms under the stool",
      zh="土里有C形白色幼虫在吃根|挖开蔗蔸发现肥胖的白色幼虫，弯成C形|根被咬断，蔗蔸下有很多白色虫子",
      vi="trong đất có sâu trắng hình chữ C ăn rễ|đào gốc mía thấy sâu non trắng mập cong hình chữ C|rễ bị cắn đứt, dưới gốc có nhiều con sùng trắng",
      th="ในดินมีหนอนขาวตัวงอรูปตัว C กินราก|ขุดกออ้อยเจอหนอนอ้วนสีขาวขดเป็นตัว C|รากถูกกัดขาด ใต้กอมีหนอนขาวเยอะ",
      id="uret putih berbentuk C di tanah memakan akar|menggali rumpun dan menemukan larva putih gemuk melengkung seperti huruf C|akar putus dimakan, banyak ulat putih di bawah rumpun",
      ms="ulat putih berbentuk C dalam tanah makan akar|gali rumpun dan jumpa larva putih gemuk melengkung macam huruf C|akar putus dimakan, banyak ulat putih bawah rumpun"),
    C("grub_wilt", "white_grub",
      en="whole clumps turning yellow and wilting, they pull out of the ground easily|cane falls over and the stool lifts with no roots|patches of dry stools that come loose with a light pull|after the first rains many beetles flew, now clumps are wilting",
      zh="整蔸发黄萎蔫，一拔就从地里拔出来|甘蔗倒伏，蔗蔸一提就起来，没有根|成片的蔗蔸干枯，轻轻一拉就松|头场雨后飞出很多金龟子，现在蔗蔸萎蔫",
      vi="cả bụi mía vàng và héo, nhổ lên rất dễ|mía đổ ngã, gốc nhấc lên không còn rễ|từng đám gốc khô, kéo nhẹ là lỏng ra|sau mưa đầu mùa có nhiều bọ hung bay, giờ bụi mía héo",
      th="ทั้งกอเหลืองเหี่ยว ถอนออกจากดินง่าย|อ้อยล้ม กอยกขึ้นมาไม่มีราก|กอแห้งเป็นหย่อม ดึงเบาๆ ก็หลุด|หลังฝนแรกมีแมลงปีกแข็งบินเยอะ ตอนนี้กอเหี่ยว",
      id="seluruh rumpun menguning dan layu, mudah tercabut dari tanah|tebu roboh dan rumpun terangkat tanpa akar|ada petak rumpun kering yang lepas dengan tarikan ringan|setelah hujan pertama banyak kumbang terbang, sekarang rumpun layu",
      ms="seluruh rumpun kuning dan layu, senang tercabut dari tanah|tebu tumbang dan rumpun terangkat tanpa akar|tompok rumpun kering yang tercabut bila ditarik perlahan|lepas hujan pertama banyak kumbang terbang, sekarang rumpun layu"),
    # healthy or unknown
    C("healthy", "healthy_or_unknown",
      en="cane looks green and healthy, growing well|no spots or pests, leaves are fine|the crop looks normal, just want a check|tall thick stalks, nothing wrong that i can see",
      zh="甘蔗绿油油的，长得很好|没有病斑也没有虫，叶子正常|蔗苗看起来正常，只是想问问|蔗茎又高又粗，看不出有什么问题",
      vi="mía xanh tốt, phát triển tốt|không có đốm hay sâu bệnh, lá bình thường|ruộng mía trông bình thường, chỉ muốn kiểm tra|thân mía cao to, không thấy vấn đề gì",
      th="อ้อยเขียวสมบูรณ์ โตดี|ไม่มีจุดหรือแมลง ใบปกติ|แปลงอ้อยดูปกติ แค่อยากตรวจดู|ลำสูงใหญ่ ไม่เห็นมีปัญหาอะไร",
      id="tebu hijau dan sehat, tumbuh bagus|tidak ada bercak atau hama, daun baik|tanaman kelihatan normal, cuma mau cek|batang tinggi besar, tidak ada masalah yang terlihat",
      ms="tebu hijau dan sihat, tumbuh dengan baik|tiada tompok atau perosak, daun elok|tanaman nampak biasa, cuma nak periksa|batang tinggi dan besar, tak nampak masalah"),
    C("unknown_question", "healthy_or_unknown",
      en="how much fertilizer should i put per hectare|when is the best time to harvest|what is the sugar price this week|which variety gives the highest yield",
      zh="每公顷要施多少肥|什么时候砍蔗最好|这周糖价多少|哪个品种产量最高",
      vi="mỗi hecta nên bón bao nhiêu phân|khi nào thu hoạch là tốt nhất|giá đường tuần này bao nhiêu|giống nào cho năng suất cao nhất",
      th="ควรใส่ปุ๋ยไร่ละเท่าไร|ตัดอ้อยช่วงไหนดีที่สุด|ราคาน้ำตาลสัปดาห์นี้เท่าไร|พันธุ์ไหนให้ผลผลิตสูงสุด",
      id="berapa pupuk per hektar yang harus diberikan|kapan waktu panen terbaik|berapa harga gula minggu ini|varietas mana yang hasilnya paling tinggi",
      ms="berapa banyak baja perlu letak sehektar|bila masa terbaik untuk tuai|berapa harga gula minggu ini|varieti mana beri hasil paling tinggi"),
    C("unknown_other", "healthy_or_unknown",
      en="rats have been chewing the canes at the field edge|weeds are growing fast between the rows|the leaves curl in the afternoon heat but recover at night|some stalks were flattened by the storm",
      zh="田边的甘蔗被老鼠啃了|行间杂草长得很快|下午太热叶子卷起来，晚上又恢复|有些甘蔗被台风吹倒了",
      vi="chuột gặm mía ở bờ ruộng|cỏ dại mọc nhanh giữa các hàng|lá cuốn lại lúc trưa nắng nhưng tối lại bình thường|một số cây mía bị bão quật ngã",
      th="หนูกัดกินอ้อยที่ขอบแปลง|วัชพืชขึ้นเร็วระหว่างแถว|ใบม้วนตอนบ่ายร้อนแต่กลางคืนกลับเป็นปกติ|อ้อยบางต้นล้มเพราะพายุ",
      id="tikus menggerogoti tebu di pinggir kebun|gulma tumbuh cepat di antara baris|daun menggulung saat siang panas tapi pulih di malam hari|beberapa batang roboh karena badai",
      ms="tikus gigit tebu di tepi ladang|rumpai tumbuh cepat antara barisan|daun menggulung waktu tengah hari panas tapi pulih waktu malam|beberapa batang tumbang kerana ribut"),
]

FRAMES = {
    "en": ["{x}", "my sugarcane: {x}", "in my cane field {x}", "{x}, what disease is this?", "{x}. what should i spray?",
           "help, {x}", "{x} in the {crop} crop", "noticed that {x}", "about {pct} of my field: {x}", "farmer here, {x}",
           "{x}, is it serious?", "sugarcane problem: {x}"],
    "zh": ["{x}", "我的甘蔗{x}", "蔗地里{x}", "{x}，这是什么病？", "{x}，该打什么药？", "请教一下，{x}", "{crop}{x}",
           "发现{x}", "地里大约{pct}的甘蔗{x}", "蔗农求助：{x}", "{x}，严重吗？", "甘蔗问题：{x}"],
    "vi": ["{x}", "mía nhà tôi {x}", "ruộng mía {x}", "{x}, đây là bệnh gì?", "{x}, nên phun thuốc gì?", "giúp với, {x}",
           "{crop} {x}", "thấy {x}", "khoảng {pct} ruộng {x}", "nông dân hỏi: {x}", "{x}, có nặng không?", "mía bị vậy: {x}"],
    "th": ["{x}", "อ้อยของฉัน{x}", "ในไร่อ้อย{x}", "{x} เป็นโรคอะไร", "{x} ควรฉีดยาอะไร", "ช่วยด้วย {x}", "{crop}{x}",
           "สังเกตว่า{x}", "ประมาณ{pct}ของไร่ {x}", "ชาวไร่ถาม: {x}", "{x} ร้ายแรงไหม", "ปัญหาอ้อย: {x}"],
    "id": ["{x}", "tebu saya {x}", "di kebun tebu {x}", "{x}, ini penyakit apa?", "{x}, harus semprot apa?", "tolong, {x}",
           "{crop} {x}", "saya lihat {x}", "sekitar {pct} kebun {x}", "petani tanya: {x}", "{x}, parah tidak?", "masalah tebu: {x}"],
    "ms": ["{x}", "tebu saya {x}", "di ladang tebu {x}", "{x}, ini penyakit apa?", "{x}, perlu sembur apa?", "tolong, {x}",
           "{crop} {x}", "saya perasan {x}", "lebih kurang {pct} ladang {x}", "petani tanya: {x}", "{x}, teruk ke?", "masalah tebu: {x}"],
}

FILLS = {
    "en": {"crop": ["plant cane", "ratoon", "first ratoon", "young"], "pct": ["10%", "a third", "half", "20%"]},
    "zh": {"crop": ["新植蔗", "宿根蔗", "一年宿根", "幼苗期"], "pct": ["一成", "三分之一", "一半", "20%"]},
    "vi": {"crop": ["mía tơ", "mía gốc", "mía gốc một", "mía non"], "pct": ["10%", "một phần ba", "một nửa", "20%"]},
    "th": {"crop": ["อ้อยปลูก", "อ้อยตอ", "อ้อยตอหนึ่ง", "อ้อยเล็ก"], "pct": ["10%", "หนึ่งในสาม", "ครึ่งหนึ่ง", "20%"]},
    "id": {"crop": ["tebu tanam", "tebu keprasan", "keprasan pertama", "tebu muda"], "pct": ["10%", "sepertiga", "separuh", "20%"]},
    "ms": {"crop": ["tebu tanam baru", "tebu ratun", "ratun pertama", "tebu muda"], "pct": ["10%", "satu pertiga", "separuh", "20%"]},
}

CONJ = {"en": [" and ", ", also "], "zh": ["，还", "，而且"], "vi": [" và ", ", còn "], "th": [" และ", " แล้วก็"],
        "id": [" dan ", ", juga "], "ms": [" dan ", ", juga "]}

INFORMAL = {
    "en": (["", "", "hi, ", "pls ", "boss, "], ["", "", "?", " pls", "!!"]),
    "zh": (["", "", "老师，", "请问", "你好，"], ["", "", "？", "啊", "咋办"]),
    "vi": (["", "", "anh ơi ", "cho hỏi ", "kỹ sư ơi "], ["", "", " ạ", " vậy", " nha"]),
    "th": (["", "", "สวัสดีครับ ", "ขอถาม ", "รบกวนหน่อย "], ["", "", " ครับ", " ค่ะ", " คะ"]),
    "id": (["", "", "pak, ", "halo, ", "mau tanya "], ["", "", " pak", " ya", " gimana"]),
    "ms": (["", "", "tuan, ", "hai, ", "nak tanya "], ["", "", " ye", " lah", " macam mana"]),
}

# Domain lexicon: short cue words per class and language (names, key symptom nouns). Used in training only,
# combined 1-3 at a time inside frames, so the model learns the cues rather than whole sentences.
KEYWORDS = {
    "smut": {
        "en": "smut|black whip|whip at the top|black powder|black spores|whip-like shoot|grassy thin shoots|sooty black dust|silver membrane",
        "zh": "黑穗病|黑鞭|鞭状物|黑粉|黑色孢子|鞭子|梢头长鞭|分蘖细弱像草|银白色薄膜",
        "vi": "bệnh than|bệnh than đen|roi đen|bột đen|bào tử đen|roi ở ngọn|chồi nhỏ như cỏ|cái roi",
        "th": "โรคแส้ดำ|แส้ดำ|ผงสีดำ|สปอร์สีดำ|แส้ที่ยอด|หน่อเล็กเหมือนหญ้า|แส้",
        "id": "luka api|cambuk hitam|cambuk|bubuk hitam|spora hitam|pucuk bercambuk|anakan seperti rumput",
        "ms": "penyakit smut|cemeti hitam|cemeti|serbuk hitam|spora hitam|pucuk bercemeti|anak pokok macam rumput",
    },
    "mosaic": {
        "en": "mosaic|mottled leaves|light and dark green patches|pale streaks|chlorotic stripes|patchy green|aphids|mosaic virus",
        "zh": "花叶病|花叶|斑驳|深浅绿相间|褪绿条纹|黄绿相间|蚜虫|花斑",
        "vi": "bệnh khảm|khảm lá|lá lốm đốm|vệt xanh nhạt|sọc vàng nhạt|loang lổ|rệp|xanh đậm xanh nhạt",
        "th": "โรคใบด่าง|ใบด่าง|ลายด่าง|เขียวอ่อนสลับเขียวเข้ม|แถบซีด|เพลี้ยอ่อน|ด่างเป็นหย่อม",
        "id": "mosaik|daun belang|belang hijau|garis pucat|klorosis|bercak hijau muda|kutu daun",
        "ms": "mozek|daun bertompok|belang hijau|jalur pucat|tompok hijau muda|aphid|daun berbelang",
    },
    "red_rot": {
        "en": "red rot|red inside the stalk|white bands across red tissue|sour smell|alcohol smell|red midrib lesions|hollow stalk|reddened pith",
        "zh": "赤腐病|茎内变红|红色髓部|白色横带|酸味|酒味|中脉红斑|茎中空",
        "vi": "thối đỏ|bệnh thối đỏ|ruột đỏ|vệt trắng ngang|mùi chua|mùi rượu|gân lá đỏ|thân rỗng",
        "th": "โรคเน่าแดง|เนื้อในแดง|แถบขาวขวาง|กลิ่นเปรี้ยว|กลิ่นเหล้า|แผลแดงเส้นกลางใบ|ลำกลวง",
        "id": "busuk merah|dalam batang merah|pita putih melintang|bau asam|bau alkohol|bercak merah tulang daun|batang kosong",
        "ms": "reput merah|dalam batang merah|jalur putih melintang|bau masam|bau alkohol|tompok merah tulang daun|batang berongga",
    },
    "pokkah_boeng": {
        "en": "pokkah boeng|twisted top leaves|crumpled spindle|malformed young leaves|top rot|knife cut lesions|ladder lesions|wrinkled tangled leaves",
        "zh": "梢腐病|心叶扭曲|叶片皱缩|嫩叶畸形|梢头腐烂|刀割状|梯状裂纹|叶片缠结",
        "vi": "thối ngọn|pokkah boeng|lá ngọn xoắn|lá nhăn nhúm|lá non dị dạng|vết dao cắt|nõn thối",
        "th": "โรคยอดบิด|ยอดบิด|ใบย่น|ใบอ่อนผิดรูป|ยอดเน่า|รอยมีดบาด|ใบพันกัน",
        "id": "pokkahbung|daun pucuk terpilin|daun keriting|daun muda cacat|busuk pucuk|luka seperti sayatan pisau",
        "ms": "pokkah boeng|daun pucuk berpintal|daun berkedut|daun muda cacat|reput pucuk|luka macam kena pisau",
    },
    "ratoon_stunting": {
        "en": "ratoon stunting|stunted ratoon|thin stalks|uneven growth|short internodes|orange dots in nodes|poor regrowth|reddish vascular dots",
        "zh": "宿根矮化病|宿根矮化|宿根蔗矮小|茎秆细|长势不齐|节部红点|维管束橙红|发株差",
        "vi": "cằn gốc|mía gốc còi cọc|thân nhỏ|mọc không đều|lóng ngắn|chấm đỏ trong đốt|tái sinh kém",
        "th": "โรคตอแคระแกร็น|อ้อยตอแคระ|ลำเล็ก|โตไม่สม่ำเสมอ|ปล้องสั้น|จุดแดงในข้อ|แตกหน่อไม่ดี",
        "id": "kerdil keprasan|penyakit pembuluh|tebu keprasan kerdil|batang kurus|pertumbuhan tidak rata|titik merah di buku",
        "ms": "bantut ratun|ratun bantut|batang kurus|tumbesaran tak sekata|ruas pendek|bintik merah dalam buku",
    },
    "yellow_leaf": {
        "en": "yellow leaf|yellow midrib|midrib yellowing|yellow underside of midrib|bunched top|yellow then red leaves|older leaves yellow",
        "zh": "黄叶病|中脉变黄|叶背中脉黄|老叶发黄|梢部丛生|先黄后红|黄化",
        "vi": "vàng lá|gân lá vàng|gân chính vàng|lá già vàng|ngọn chụm|vàng rồi đỏ",
        "th": "โรคใบเหลือง|เส้นกลางใบเหลือง|ใบแก่เหลือง|ยอดเป็นกระจุก|เหลืองแล้วแดง",
        "id": "daun kuning|tulang daun kuning|ibu tulang daun menguning|daun tua kuning|pucuk bergerombol",
        "ms": "daun kuning|tulang daun kuning|tulang tengah kuning|daun tua kuning|pucuk bergumpal",
    },
    "rust": {
        "en": "rust|brown rust|orange rust|rust pustules|orange powder|reddish brown spots|powder rubs off|rusty leaves",
        "zh": "锈病|褐锈|橙锈|孢子堆|橙色粉末|红褐色斑点|锈粉|叶锈",
        "vi": "gỉ sắt|bệnh gỉ sắt|gỉ nâu|gỉ cam|bột màu cam|đốm nâu đỏ|ổ bào tử",
        "th": "ราสนิม|โรคราสนิม|ผงสีส้ม|ตุ่มสีน้ำตาลแดง|จุดสนิม|สนิมใบ",
        "id": "karat daun|karat coklat|karat oranye|bubuk oranye|bintil coklat|bercak coklat kemerahan",
        "ms": "karat daun|karat perang|karat oren|serbuk oren|bintil perang|tompok perang kemerahan",
    },
    "stem_borer": {
        "en": "stem borer|borer|dead heart|bore holes|frass|tunnels in the stalk|caterpillar inside|larvae in the stem|shoot borer",
        "zh": "螟虫|钻心虫|枯心苗|蛀孔|虫粪|蛀道|茎里有虫|条螟",
        "vi": "sâu đục thân|héo đọt|lỗ đục|phân sâu|đường hầm trong thân|sâu trong thân|đục ngọn",
        "th": "หนอนกอ|หนอนเจาะลำต้น|ยอดเหี่ยวตาย|รูเจาะ|ขุยหนอน|หนอนในลำ",
        "id": "penggerek batang|penggerek pucuk|mati pucuk|lubang gerekan|kotoran ulat|ulat di dalam batang",
        "ms": "ulat pengorek batang|pengorek|pucuk mati|lubang korekan|najis ulat|ulat dalam batang",
    },
    "white_grub": {
        "en": "white grub|grubs|C-shaped larvae|root damage|roots eaten|clumps pulled out easily|beetles after rain|wilting clumps",
        "zh": "蛴螬|白蛴螬|金龟子幼虫|C形幼虫|根被咬|蔗蔸一拔就起|金龟子|整蔸萎蔫",
        "vi": "sùng trắng|sâu non hình chữ C|bọ hung|rễ bị ăn|nhổ lên dễ|gốc héo",
        "th": "หนอนด้วงขาว|หนอนขาว|ตัว C|รากถูกกัด|ถอนง่าย|แมงอีนูน|กอเหี่ยว",
        "id": "uret|larva huruf C|akar dimakan|mudah dicabut|kumbang|rumpun layu",
        "ms": "ulat putih|larva bentuk C|akar dimakan|senang dicabut|kumbang|rumpun layu",
    },
    "healthy_or_unknown": {
        "en": "healthy|looks fine|no problem|fertilizer|harvest time|sugar price|irrigation|weeds|variety|planting date",
        "zh": "长得好|正常|没问题|施肥|收获时间|糖价|灌溉|杂草|品种|种植时间",
        "vi": "khỏe mạnh|bình thường|không sao|bón phân|thời điểm thu hoạch|giá đường|tưới nước|cỏ dại|giống mía",
        "th": "แข็งแรง|ปกติ|ไม่มีปัญหา|ใส่ปุ๋ย|เวลาเก็บเกี่ยว|ราคาน้ำตาล|การให้น้ำ|วัชพืช|พันธุ์อ้อย",
        "id": "sehat|normal|tidak ada masalah|pemupukan|waktu panen|harga gula|pengairan|gulma|varietas",
        "ms": "sihat|biasa|tiada masalah|baja|masa tuai|harga gula|pengairan|rumpai|varieti",
    },
}

# More phrasings per concept (added after the first evaluation showed 2-3 train phrasings per concept and
# language were too few to generalise to held-out wording). Merged into CONCEPTS below.
EXTRA = {
    "smut_whip": {
        "en": "whips like a black tail coming out where the new leaves should be|the cane has a black sooty whip instead of a top",
        "zh": "新叶长不出来，顶上是一根黑色尾巴一样的东西|蔗梢变成黑鞭，一碰就飞黑粉",
        "vi": "chỗ lá non mọc ra một cái đuôi đen|ngọn mía thành roi đen, chạm vào bay bụi đen",
        "th": "ตรงยอดมีหางสีดำโผล่ออกมาแทนใบอ่อน|ยอดอ้อยกลายเป็นแส้ แตะแล้วผงดำฟุ้ง",
        "id": "di pucuk keluar seperti ekor hitam, bukan daun baru|pucuk tebu jadi cambuk, disentuh keluar debu hitam",
        "ms": "di pucuk keluar macam ekor hitam, bukan daun baru|pucuk tebu jadi cemeti, disentuh keluar debu hitam"},
    "smut_grassy": {
        "en": "too many skinny tillers, the clump looks like lemongrass, with black dust|stunted grass-like shoots and a few black whips",
        "zh": "分蘖太多太细，整蔸像茅草，有黑灰|苗矮小像草，还有几根黑鞭",
        "vi": "đẻ nhánh quá nhiều và gầy, bụi mía như sả, có bụi đen|chồi còi như cỏ, vài cây có roi đen",
        "th": "แตกหน่อมากและผอม กอเหมือนตะไคร้ มีฝุ่นดำ|หน่อแคระเหมือนหญ้า มีแส้ดำบางต้น",
        "id": "anakan terlalu banyak dan kurus, rumpun seperti serai, ada debu hitam|tunas kerdil seperti rumput dan ada beberapa cambuk hitam",
        "ms": "terlalu banyak anak pokok kurus, rumpun macam serai, ada debu hitam|tunas bantut macam rumput dan ada beberapa cemeti hitam"},
    "mosaic_pattern": {
        "en": "the leaves are blotchy green and pale green, like a patchwork|light green flecks and streaks all over the young leaf",
        "zh": "叶子上绿一块淡一块，像拼布一样|嫩叶上到处是浅绿色的斑点和条纹",
        "vi": "lá chỗ xanh chỗ nhạt như vá víu|lá non đầy chấm và vệt xanh nhạt",
        "th": "ใบเขียวเป็นหย่อมสลับซีดเหมือนผ้าปะ|ใบอ่อนมีจุดและขีดสีเขียวอ่อนเต็มไปหมด",
        "id": "daun belang-belang hijau dan hijau pucat seperti tambalan|daun muda penuh bintik dan garis hijau muda",
        "ms": "daun bertompok hijau dan hijau pucat macam tampalan|daun muda penuh bintik dan garis hijau muda"},
    "mosaic_aphid": {
        "en": "mottled leaves on the plants grown from last year's seed cane, lots of aphids|plants are small and the new leaves show a yellow-green mosaic",
        "zh": "用去年的种茎种的苗叶子花斑，蚜虫很多|植株偏小，新叶呈黄绿色花叶",
        "vi": "cây trồng từ hom năm ngoái lá lốm đốm, nhiều rệp|cây nhỏ, lá mới có khảm vàng xanh",
        "th": "ต้นที่ปลูกจากท่อนพันธุ์ปีก่อนใบด่าง เพลี้ยเยอะ|ต้นเล็ก ใบใหม่ด่างเหลืองเขียว",
        "id": "tanaman dari bibit tahun lalu daunnya belang, banyak kutu daun|tanaman kecil dan daun baru belang kuning hijau",
        "ms": "pokok dari benih tahun lepas daunnya bertompok, banyak aphid|pokok kecil dan daun baru bermozek kuning hijau"},
    "redrot_inside": {
        "en": "cut the cane open and the flesh is red with white spots, smells like wine|the inside has turned reddish brown and rotten",
        "zh": "砍开甘蔗，肉是红的带白斑，有酒味|茎里面变成红褐色，烂了",
        "vi": "chặt cây mía ra thấy thịt đỏ có đốm trắng, mùi như rượu|bên trong thân chuyển màu nâu đỏ và thối",
        "th": "ตัดลำอ้อยออกเนื้อแดงมีจุดขาว กลิ่นเหมือนเหล้า|ข้างในลำเป็นสีน้ำตาลแดงและเน่า",
        "id": "batang dipotong, dagingnya merah ada bercak putih, bau seperti tuak|bagian dalam batang merah kecoklatan dan busuk",
        "ms": "batang dipotong, isinya merah ada tompok putih, bau macam tuak|bahagian dalam batang merah keperangan dan reput"},
    "redrot_wilt": {
        "en": "the upper leaves turn yellow and dry out and the stalk looks shrunken|whole stools drying from the top down after the wet season",
        "zh": "上部叶片发黄干枯，蔗茎干瘪|雨季过后整蔸从上往下干枯",
        "vi": "lá phía trên vàng và khô, thân teo tóp|sau mùa mưa cả bụi khô từ ngọn xuống",
        "th": "ใบบนเหลืองแห้ง ลำลีบ|หลังหน้าฝนทั้งกอแห้งจากยอดลงมา",
        "id": "daun bagian atas menguning dan kering, batang mengerut|setelah musim hujan seluruh rumpun mengering dari atas",
        "ms": "daun atas jadi kuning dan kering, batang kecut|selepas musim hujan seluruh rumpun kering dari atas"},
    "pokkah_twist": {
        "en": "the top looks like a bunch of twisted, wrinkled ribbons|new leaves come out distorted with pale yellow bases",
        "zh": "顶部像一团扭曲皱巴巴的带子|新叶抽出来就是变形的，基部发白发黄",
        "vi": "ngọn trông như một bó dải băng xoắn nhăn|lá mới ra bị biến dạng, gốc lá vàng nhạt",
        "th": "ยอดเหมือนริบบิ้นบิดย่นมัดรวมกัน|ใบใหม่ออกมาผิดรูป โคนใบเหลืองซีด",
        "id": "pucuknya seperti gulungan pita yang terpilin dan keriput|daun baru keluar cacat dengan pangkal kuning pucat",
        "ms": "pucuk nampak macam reben berpintal dan berkedut|daun baru keluar cacat dengan pangkal kuning pucat"},
    "pokkah_topRot": {
        "en": "the spindle rots and smells, the top bends over|cuts like knife slashes on the upper stalk and the top is dying",
        "zh": "心叶腐烂发臭，梢头弯倒|上部茎秆有刀砍一样的口子，梢头在死",
        "vi": "nõn thối có mùi, ngọn gập xuống|phần trên thân có vết như dao chém, ngọn đang chết",
        "th": "ยอดอ่อนเน่ามีกลิ่น ยอดโค้งพับลง|ลำส่วนบนมีรอยเหมือนโดนมีดฟัน ยอดกำลังตาย",
        "id": "gulungan daun pucuk busuk dan berbau, pucuk membengkok|ada luka seperti bacokan di batang atas dan pucuk mati",
        "ms": "gulungan daun pucuk reput dan berbau, pucuk membengkok|ada luka macam ditetak di batang atas dan pucuk mati"},
    "rsd_stunt": {
        "en": "my ratoons get shorter every year even with fertilizer|the field is patchy, some stools normal and some dwarfed",
        "zh": "宿根蔗一年比一年矮，施肥也没用|蔗地高矮不齐，有的正常有的矮小",
        "vi": "mía gốc năm sau lùn hơn năm trước dù có bón phân|ruộng mía cao thấp không đều, có bụi bình thường có bụi lùn",
        "th": "อ้อยตอเตี้ยลงทุกปีแม้ใส่ปุ๋ย|แปลงสูงต่ำไม่เท่ากัน บางกอปกติบางกอแคระ",
        "id": "tebu keprasan makin pendek tiap tahun walau dipupuk|kebun tidak rata, sebagian rumpun normal sebagian kerdil",
        "ms": "tebu ratun makin rendah setiap tahun walaupun dibaja|ladang tak sekata, sesetengah rumpun biasa sesetengah bantut"},
    "rsd_nodes": {
        "en": "sliced a node lengthwise and saw small orange streaks in the bundles|the vascular strands at the nodes are discoloured pink",
        "zh": "把节纵切开，维管束里有橙色细条|节部的维管束变成粉红色",
        "vi": "bổ dọc đốt thấy vệt cam nhỏ trong bó mạch|bó mạch ở đốt bị đổi màu hồng",
        "th": "ผ่าข้อตามยาวเห็นเส้นสีส้มเล็กๆ ในท่อลำเลียง|ท่อลำเลียงที่ข้อเปลี่ยนเป็นสีชมพู",
        "id": "buku dibelah memanjang, ada garis oranye kecil di berkas pembuluh|berkas pembuluh di buku berubah warna merah muda",
        "ms": "buku dibelah memanjang, ada garis oren kecil dalam berkas|berkas vaskular di buku bertukar warna merah jambu"},
    "yld_midrib": {
        "en": "turn the leaf over and the midrib is yellow on the back|a yellow stripe along the centre vein of the older leaves",
        "zh": "把叶子翻过来，背面中脉是黄的|老叶的中间叶脉有一条黄色带",
        "vi": "lật lá lên thấy gân giữa mặt sau màu vàng|lá già có một dải vàng dọc gân giữa",
        "th": "พลิกใบดูด้านหลังเส้นกลางใบเป็นสีเหลือง|ใบแก่มีแถบเหลืองตามเส้นกลางใบ",
        "id": "daun dibalik, tulang daun di bagian belakang kuning|ada garis kuning di sepanjang tulang tengah daun tua",
        "ms": "bila daun diterbalikkan, tulang tengah di belakang kuning|ada jalur kuning sepanjang tulang tengah daun tua"},
    "yld_bunch": {
        "en": "near harvest the tops look bunched and the leaves yellow-orange|leaves yellowing from the midrib outward and the top leaves crowded",
        "zh": "快收获时梢部叶片挤成一团，叶子黄里透红|叶片从中脉向外发黄，顶部叶片拥挤",
        "vi": "gần thu hoạch ngọn chụm lại, lá vàng cam|lá vàng từ gân giữa ra ngoài, lá ngọn chen chúc",
        "th": "ใกล้เก็บเกี่ยวยอดเป็นกระจุก ใบเหลืองส้ม|ใบเหลืองจากเส้นกลางออกไป ใบยอดแน่น",
        "id": "menjelang panen pucuk menggerombol dan daun kuning oranye|daun menguning dari tulang tengah ke tepi, daun pucuk berdesakan",
        "ms": "menjelang tuai pucuk bergumpal dan daun kuning oren|daun menguning dari tulang tengah ke tepi, daun pucuk bersesak"},
    "rust_pustule": {
        "en": "tiny raised brown bumps on the underside of the leaves|leaves full of rust coloured streaks and spots",
        "zh": "叶背有很多小的褐色凸起|叶子上满是铁锈色的条斑",
        "vi": "mặt dưới lá có nhiều nốt nhỏ nổi màu nâu|lá đầy vệt và đốm màu gỉ sắt",
        "th": "ใต้ใบมีตุ่มนูนสีน้ำตาลเล็กๆ|ใบเต็มไปด้วยขีดและจุดสีสนิม",
        "id": "bintil kecil coklat menonjol di bawah daun|daun penuh garis dan bercak berwarna karat",
        "ms": "bintil kecil perang timbul di bawah daun|daun penuh jalur dan tompok warna karat"},
    "rust_field": {
        "en": "after the cool misty weeks the leaves turned brown and dry|the new variety is covered in rust while the old one is fine",
        "zh": "连续几周阴凉起雾后叶子变褐干枯|新品种满是锈斑，老品种没事",
        "vi": "sau mấy tuần trời mát có sương lá chuyển nâu và khô|giống mới bị gỉ đầy lá còn giống cũ thì không",
        "th": "หลังหลายสัปดาห์อากาศเย็นมีหมอก ใบเป็นสีน้ำตาลและแห้ง|พันธุ์ใหม่เป็นสนิมเต็มใบ แต่พันธุ์เก่าไม่เป็น",
        "id": "setelah berminggu-minggu sejuk berkabut daun jadi coklat dan kering|varietas baru penuh karat sedangkan yang lama tidak",
        "ms": "selepas beberapa minggu sejuk berkabus daun jadi perang dan kering|varieti baru penuh karat tetapi yang lama tidak"},
    "borer_deadheart": {
        "en": "young shoots with a dried centre leaf that smells rotten|many dead hearts in the two month old crop",
        "zh": "幼苗心叶干了，闻着有臭味|两个月的蔗苗里很多枯心",
        "vi": "chồi non có lá nõn khô, ngửi thấy mùi thối|ruộng mía hai tháng có nhiều cây chết đọt",
        "th": "หน่ออ่อนใบยอดกลางแห้ง มีกลิ่นเน่า|อ้อยอายุสองเดือนมียอดตายเยอะ",
        "id": "tunas muda daun tengahnya kering dan bau busuk|banyak mati pucuk pada tanaman umur dua bulan",
        "ms": "tunas muda daun tengahnya kering dan berbau busuk|banyak pucuk mati pada tanaman umur dua bulan"},
    "borer_holes": {
        "en": "holes along the cane with brown powder coming out|when i split the stalk there is a channel eaten inside and a worm",
        "zh": "甘蔗上一排小洞，往外冒褐色粉末|劈开蔗茎里面被蛀出一条通道，有条虫",
        "vi": "thân mía có lỗ, bột nâu chảy ra|chẻ thân ra thấy đường bị đục bên trong và con sâu",
        "th": "ลำอ้อยมีรูเรียงกัน มีผงสีน้ำตาลออกมา|ผ่าลำแล้วเจอรูทางที่ถูกกินข้างในและหนอน",
        "id": "ada lubang-lubang di batang dengan serbuk coklat keluar|batang dibelah ada lorong bekas dimakan dan ulatnya",
        "ms": "ada lubang pada batang dengan serbuk perang keluar|batang dibelah ada laluan dimakan di dalam dan ulat"},
    "grub_roots": {
        "en": "big white worms with brown heads curled in the soil around the roots|the root system is almost gone and there are grubs",
        "zh": "根周围土里有褐色头的大白虫，弯着|根系几乎没了，土里有蛴螬",
        "vi": "quanh rễ có sâu trắng to đầu nâu nằm cong trong đất|bộ rễ gần như mất hết, có sùng",
        "th": "รอบรากมีหนอนขาวตัวใหญ่หัวสีน้ำตาลขดอยู่ในดิน|รากแทบไม่เหลือ มีหนอนด้วง",
        "id": "di sekitar akar ada ulat putih besar berkepala coklat melengkung|akarnya hampir habis dan ada uret",
        "ms": "sekitar akar ada ulat putih besar berkepala perang melengkung|akar hampir habis dan ada ulat putih"},
    "grub_wilt": {
        "en": "clumps wilting in dry spells and tipping over with no roots holding them|patches where the cane dies and lifts out like it was cut at the base",
        "zh": "干旱时蔗蔸萎蔫，倒伏，没有根固定|一片片甘蔗死掉，一提就起像是从根部被切断",
        "vi": "bụi mía héo khi nắng hạn và ngã vì không còn rễ giữ|từng mảng mía chết, nhấc lên như bị cắt ngang gốc",
        "th": "กออ้อยเหี่ยวตอนแล้งและล้มเพราะไม่มีรากยึด|อ้อยตายเป็นหย่อม ยกขึ้นมาเหมือนถูกตัดที่โคน",
        "id": "rumpun layu saat kering dan roboh karena tidak ada akar|petak tebu mati dan terangkat seperti dipotong di pangkal",
        "ms": "rumpun layu ketika kering dan tumbang kerana tiada akar|tompok tebu mati dan terangkat macam dipotong di pangkal"},
    "healthy": {
        "en": "everything looks normal this season, good colour and height|the cane is growing fast and evenly",
        "zh": "今年甘蔗一切正常，颜色和高度都好|甘蔗长得又快又整齐",
        "vi": "vụ này mọi thứ bình thường, màu và chiều cao đều tốt|mía lên nhanh và đều",
        "th": "ฤดูนี้ทุกอย่างปกติ สีและความสูงดี|อ้อยโตเร็วและสม่ำเสมอ",
        "id": "musim ini semuanya normal, warna dan tinggi bagus|tebu tumbuh cepat dan merata",
        "ms": "musim ini semuanya biasa, warna dan ketinggian baik|tebu tumbuh cepat dan sekata"},
    "unknown_question": {
        "en": "how many tonnes per hectare can i expect|when should i apply potash",
        "zh": "一公顷能收多少吨|什么时候施钾肥",
        "vi": "một hecta được bao nhiêu tấn|khi nào bón kali",
        "th": "ไร่หนึ่งได้กี่ตัน|ควรใส่ปุ๋ยโพแทชเมื่อไร",
        "id": "berapa ton per hektar yang bisa didapat|kapan memberi pupuk kalium",
        "ms": "berapa tan sehektar boleh dapat|bila perlu tabur baja kalium"},
    "unknown_other": {
        "en": "wild pigs trampled part of the field|leaf tips burned after i sprayed herbicide",
        "zh": "野猪把一部分蔗地踩坏了|打了除草剂后叶尖烧焦",
        "vi": "heo rừng phá một phần ruộng|lá bị cháy chóp sau khi phun thuốc cỏ",
        "th": "หมูป่าเหยียบไร่เสียหายบางส่วน|ปลายใบไหม้หลังฉีดยาฆ่าหญ้า",
        "id": "babi hutan merusak sebagian kebun|ujung daun terbakar setelah disemprot herbisida",
        "ms": "babi hutan merosakkan sebahagian ladang|hujung daun terbakar selepas sembur racun rumpai"},
}

for _c in CONCEPTS:
    for _lang, _items in EXTRA.get(_c["id"], {}).items():
        _c["phr"][_lang] += [s.strip() for s in _items.split("|") if s.strip()]

# Second edition ("Domain models II"): four more phrasings per concept and language, written from the same
# sources without reading any model output on test data, so train sees about seven phrasings instead of three.
EXTRA2 = {
    "smut_whip": {
        "en": "a dark whip as long as my arm sticks out of the cane top|black spores puff out from a whip on the shoot tip|instead of a spindle leaf the stalk grows a black lash|the top of several stalks ends in a grey-black whip that sheds powder",
        "zh": "甘蔗梢上冒出一根和手臂一样长的黑鞭|梢头黑鞭一抖就掉出黑色孢子|心叶不长了，长出一根黑色的鞭子|好几根蔗的梢头都变成灰黑色的鞭，会掉粉",
        "vi": "ngọn mía thò ra một cái roi đen dài bằng cánh tay|roi ở ngọn rung lên là bay bào tử đen|thay vì lá nõn, cây mọc ra một sợi roi đen|nhiều cây mía có ngọn là roi xám đen rơi bột",
        "th": "ยอดอ้อยมีแส้สีดำยาวเท่าแขนโผล่ออกมา|แส้ที่ปลายยอดเขย่าแล้วมีสปอร์สีดำฟุ้ง|แทนที่จะเป็นใบยอด กลับงอกเป็นแส้สีดำ|อ้อยหลายต้นปลายยอดเป็นแส้สีเทาดำ มีผงร่วง",
        "id": "dari pucuk tebu keluar cambuk gelap sepanjang lengan|spora hitam beterbangan dari cambuk di ujung pucuk|bukannya daun gulung, batang malah menumbuhkan cambuk hitam|beberapa batang ujungnya berupa cambuk abu-abu hitam yang rontok bubuknya",
        "ms": "dari pucuk tebu keluar cemeti gelap sepanjang lengan|spora hitam berterbangan dari cemeti di hujung pucuk|bukan daun pucuk yang keluar tapi cemeti hitam|beberapa batang hujungnya jadi cemeti kelabu hitam yang gugur serbuknya"},
    "smut_grassy": {
        "en": "the ratoon came up as a mass of thin shoots like a grass tuft, some with black tips|dozens of pencil-thin tillers per stool and a sooty look|the stool is crowded with spindly shoots and narrow erect leaves, black powder here and there|the regrowth is all fine grassy stems and a few dark whips",
        "zh": "宿根发出来一大丛细苗，像一簇草，有的尖上发黑|一蔸几十根铅笔粗的分蘖，看起来脏黑|蔗蔸挤满细弱的苗，叶子窄而直立，到处有黑粉|新发的苗全是细细的草状茎，还有几根黑鞭",
        "vi": "mía gốc mọc lên thành một đám chồi nhỏ như búi cỏ, vài chồi đầu đen|mỗi bụi có hàng chục nhánh nhỏ như bút chì, trông đen bẩn|bụi mía chen chúc chồi yếu, lá hẹp dựng đứng, chỗ nào cũng có bột đen|chồi tái sinh toàn thân nhỏ như cỏ và vài roi đen",
        "th": "อ้อยตองอกเป็นหน่อเล็กๆ เป็นกระจุกเหมือนหญ้า บางหน่อปลายดำ|กอหนึ่งมีหน่อเล็กเท่าดินสอหลายสิบหน่อ ดูดำสกปรก|กอแน่นไปด้วยหน่อผอม ใบแคบตั้งตรง มีผงดำประปราย|หน่อที่แตกใหม่เป็นลำเล็กเหมือนหญ้าทั้งหมด มีแส้ดำไม่กี่อัน",
        "id": "keprasan tumbuh jadi kumpulan tunas kurus seperti rumpun rumput, ada yang ujungnya hitam|puluhan anakan sebesar pensil per rumpun dan tampak kotor kehitaman|rumpun penuh tunas lemah dengan daun sempit tegak, ada bubuk hitam di sana sini|tunas baru semuanya batang halus seperti rumput dan beberapa cambuk gelap",
        "ms": "tebu ratun tumbuh jadi sekumpulan tunas kurus macam rumpun rumput, ada yang hujungnya hitam|berpuluh anak pokok sebesar pensel serumpun dan nampak kotor kehitaman|rumpun penuh tunas lemah dengan daun sempit tegak, ada serbuk hitam di sana sini|tunas baru semuanya batang halus macam rumput dan beberapa cemeti gelap"},
    "mosaic_pattern": {
        "en": "the leaf blade is a mix of normal green and pale yellowish-green areas with no clear edges|hold the young leaf up to the light and you see light green patches in a mosaic|the spindle leaves are striped and speckled in two shades of green|pale irregular blotches on the new leaves, no spots or rot",
        "zh": "叶片上正常绿色和淡黄绿色混在一起，边界不清|把嫩叶对着光看，能看到浅绿色的花斑|心叶上有两种深浅的绿色条纹和斑点|新叶上有不规则的淡色斑块，没有病斑也没有烂",
        "vi": "phiến lá lẫn màu xanh bình thường với vùng xanh vàng nhạt, ranh giới không rõ|soi lá non ra ánh sáng thấy các mảng xanh nhạt như khảm|lá nõn có sọc và chấm hai tông xanh|lá mới có các mảng nhạt không đều, không có vết bệnh hay thối",
        "th": "แผ่นใบมีสีเขียวปกติปนกับบริเวณเขียวอมเหลืองซีด ขอบไม่ชัด|ส่องใบอ่อนกับแสงจะเห็นหย่อมเขียวอ่อนเป็นลายด่าง|ใบยอดมีลายขีดและจุดเขียวสองเฉด|ใบใหม่มีรอยด่างซีดไม่สม่ำเสมอ ไม่มีแผลหรือเน่า",
        "id": "helai daun campuran hijau normal dan area hijau kekuningan pucat tanpa batas jelas|daun muda diterawang ke cahaya terlihat bercak hijau muda seperti mozaik|daun pucuk bergaris dan berbintik dua warna hijau|bercak pucat tidak beraturan di daun baru, tidak ada bercak busuk",
        "ms": "helai daun bercampur hijau biasa dan kawasan hijau kekuningan pucat tanpa sempadan jelas|daun muda disuluh ke cahaya nampak tompok hijau muda macam mozek|daun pucuk berjalur dan berbintik dua warna hijau|tompok pucat tak sekata pada daun baru, tiada bintik reput"},
    "mosaic_aphid": {
        "en": "the patch planted with setts from my neighbour all has streaky pale leaves|aphids and leafhoppers on plants whose young leaves are mottled|the mottling started on a few plants and is spreading along the row|plants with mosaic leaves are shorter and tiller less",
        "zh": "用邻居家种茎种的那块地，叶子都有淡色条纹|嫩叶花斑的植株上有蚜虫和叶蝉|开始几株有花叶，现在沿着行蔓延|花叶的植株比较矮，分蘖也少",
        "vi": "khoảnh trồng bằng hom của nhà hàng xóm lá đều có sọc nhạt|rệp và rầy trên những cây có lá non lốm đốm|lốm đốm bắt đầu từ vài cây rồi lan dọc theo hàng|cây bị khảm lá thấp hơn và đẻ nhánh ít",
        "th": "แปลงที่ปลูกด้วยท่อนพันธุ์ของเพื่อนบ้านใบเป็นลายซีดหมด|มีเพลี้ยอ่อนและเพลี้ยจักจั่นบนต้นที่ใบอ่อนด่าง|ลายด่างเริ่มจากไม่กี่ต้นแล้วลามไปตามแถว|ต้นที่ใบด่างเตี้ยกว่าและแตกกอน้อย",
        "id": "petak yang ditanam dengan bibit dari tetangga daunnya bergaris pucat semua|ada kutu daun dan wereng di tanaman yang daun mudanya belang|belang mulai dari beberapa tanaman lalu menyebar sepanjang barisan|tanaman berdaun mozaik lebih pendek dan anakannya sedikit",
        "ms": "petak yang ditanam dengan keratan jiran daunnya berjalur pucat semua|ada aphid dan bena daun pada pokok yang daun mudanya bertompok|tompok bermula pada beberapa pokok lalu merebak sepanjang barisan|pokok berdaun mozek lebih rendah dan kurang beranak"},
    "redrot_inside": {
        "en": "the internal tissue is bright red with white blotches running across the stalk|inside the cane i see red discolouration interrupted by white bands and it smells fermented|the cut stalk is red inside, not pink, with pale cross patches|the pith has gone dull red and sour smelling",
        "zh": "茎内组织鲜红，有白色斑块横穿茎秆|蔗茎里面变红，中间被白带隔开，有发酵味|砍开的蔗里面是红色的，不是粉红，有浅色横斑|髓部变成暗红色，闻起来酸",
        "vi": "mô bên trong đỏ tươi, có mảng trắng chạy ngang thân|trong mía đổi màu đỏ, xen dải trắng và có mùi lên men|thân chặt ra bên trong đỏ chứ không hồng, có mảng nhạt nằm ngang|ruột mía chuyển đỏ sẫm và có mùi chua",
        "th": "เนื้อในเป็นสีแดงสดมีรอยขาวพาดขวางลำ|ข้างในลำเปลี่ยนเป็นสีแดง มีแถบขาวคั่นและมีกลิ่นหมัก|ลำที่ตัดข้างในแดง ไม่ใช่ชมพู มีรอยซีดตามขวาง|ไส้อ้อยกลายเป็นสีแดงคล้ำและมีกลิ่นเปรี้ยว",
        "id": "jaringan dalam merah terang dengan bercak putih melintang batang|bagian dalam tebu berubah merah diselingi pita putih dan berbau fermentasi|batang yang dipotong merah di dalam, bukan merah muda, ada bercak pucat melintang|empulur jadi merah kusam dan berbau asam",
        "ms": "tisu dalam merah terang dengan tompok putih melintang batang|bahagian dalam tebu jadi merah diselangi jalur putih dan berbau fermentasi|batang yang dipotong merah di dalam, bukan merah jambu, ada tompok pucat melintang|empulur jadi merah kusam dan berbau masam"},
    "redrot_wilt": {
        "en": "leaves lose their colour and droop, and the stalk feels light and dry|reddish lesions on the midribs and the upper canopy is collapsing|affected stools dry out in the middle of the field after heavy rain|the cane shrinks and wrinkles and the leaves hang dry",
        "zh": "叶子褪色下垂，蔗茎变轻变干|叶片中脉上有红色病斑，上部叶子倒伏枯死|大雨后田中间的蔗蔸一蔸一蔸干枯|蔗茎萎缩起皱，叶子干枯下垂",
        "vi": "lá mất màu rủ xuống, thân mía nhẹ và khô|gân lá có vết đỏ và tán lá phía trên gục xuống|sau mưa lớn các bụi mía giữa ruộng khô dần|thân mía teo nhăn và lá khô rủ",
        "th": "ใบสีซีดและห้อยลง ลำเบาและแห้ง|เส้นกลางใบมีแผลสีแดง ใบส่วนบนทรุดลง|หลังฝนหนักกออ้อยกลางไร่แห้งตาย|ลำอ้อยหดย่นและใบแห้งห้อย",
        "id": "daun kehilangan warna dan terkulai, batang terasa ringan dan kering|ada luka kemerahan di tulang daun dan tajuk atas roboh|rumpun di tengah kebun mengering setelah hujan lebat|batang tebu mengerut keriput dan daunnya menggantung kering",
        "ms": "daun hilang warna dan terkulai, batang rasa ringan dan kering|ada luka kemerahan pada urat tengah daun dan kanopi atas rebah|rumpun di tengah ladang kering selepas hujan lebat|batang tebu mengecut berkedut dan daunnya tergantung kering"},
    "pokkah_twist": {
        "en": "the leaf spindle is all wrinkled and folded over itself|young leaves at the crown are short, bent and puckered|the top leaves are crinkled with yellowish bases and won't open out|the whorl looks crumpled like wet paper",
        "zh": "心叶全部皱缩折叠在一起|顶部嫩叶又短又弯还起皱|顶叶皱巴巴的，叶基发黄，展不开|心叶丛看起来像揉皱的湿纸",
        "vi": "lá nõn nhăn nhúm và gập lại vào nhau|lá non ở ngọn ngắn, cong và nhăn|lá ngọn nhăn với gốc lá vàng, không xòe ra được|nõn lá trông nhàu như giấy ướt",
        "th": "ใบยอดย่นและพับทบกันไปหมด|ใบอ่อนที่ยอดสั้น งอ และหงิก|ใบยอดหงิกงอ โคนใบเหลือง คลี่ไม่ออก|ยอดใบดูยับเหมือนกระดาษเปียก",
        "id": "daun pucuk keriput dan terlipat satu sama lain|daun muda di pucuk pendek, bengkok dan berkerut|daun atas keriting dengan pangkal kekuningan dan tidak mau membuka|gulungan daun tampak kusut seperti kertas basah",
        "ms": "daun pucuk berkedut dan terlipat sesama sendiri|daun muda di pucuk pendek, bengkok dan berkerut|daun atas keriting dengan pangkal kekuningan dan tak mahu terbuka|gulungan daun nampak renyuk macam kertas basah"},
    "pokkah_topRot": {
        "en": "after weeks of rain the cane tops are soft and dying, with step-like cuts below|the top internodes show transverse slits like a knife made them|the heart of the top is rotten and the crown has fallen off|ladder-like lesions on the stalk under a twisted dying top",
        "zh": "下了几周雨，蔗梢变软死掉，下面有梯状裂口|顶部节间有横向裂口，像刀割的一样|梢头心腐烂，顶部掉了|茎上有梯子状的病斑，上面是扭曲枯死的梢",
        "vi": "sau mấy tuần mưa ngọn mía mềm và chết, bên dưới có vết cắt hình bậc thang|các lóng ngọn có vết nứt ngang như bị dao cắt|nõn ngọn bị thối và ngọn rơi ra|thân có vết bệnh hình bậc thang dưới cái ngọn xoắn đang chết",
        "th": "หลังฝนตกหลายสัปดาห์ยอดอ้อยนิ่มและตาย ด้านล่างมีรอยแผลเป็นขั้นบันได|ปล้องบนมีรอยแยกตามขวางเหมือนมีดกรีด|ใจกลางยอดเน่าและยอดหลุด|ลำมีแผลเป็นขั้นบันไดใต้ยอดที่บิดและกำลังตาย",
        "id": "setelah berminggu-minggu hujan pucuk tebu lembek dan mati, di bawahnya ada luka bertangga|ruas atas ada celah melintang seperti disayat pisau|titik tumbuh pucuk busuk dan pucuknya lepas|luka seperti tangga pada batang di bawah pucuk yang terpilin dan mati",
        "ms": "selepas berminggu-minggu hujan pucuk tebu lembik dan mati, di bawahnya ada luka bertangga|ruas atas ada rekahan melintang macam dihiris pisau|titik tumbuh pucuk reput dan pucuknya tercabut|luka macam tangga pada batang di bawah pucuk yang terpulas dan mati"},
}
EXTRA2.update({
    "rsd_stunt": {
        "en": "the ratoon stools are short and uneven though the leaves show nothing unusual|each ratoon gives fewer and thinner stalks than the plant crop did|cane from the same seed is dwarfed in some rows, mostly where it was dry|the regrowth after harvest is slow and the stalks stay thin",
        "zh": "宿根蔗蔸矮小不整齐，但叶子看不出异常|每年宿根的蔗茎都比新植蔗少而细|同一批种苗有几行特别矮，多在干旱的地方|砍收后宿根发得慢，蔗茎一直很细",
        "vi": "bụi mía gốc thấp và không đều dù lá không có gì lạ|mỗi vụ gốc cho ít cây hơn và thân nhỏ hơn vụ tơ|mía cùng giống mà vài hàng bị lùn, nhất là chỗ khô hạn|sau thu hoạch mía gốc mọc chậm và thân vẫn nhỏ",
        "th": "กออ้อยตอเตี้ยไม่สม่ำเสมอ แต่ใบดูไม่มีอะไรผิดปกติ|อ้อยตอแต่ละปีได้ลำน้อยและเล็กกว่าอ้อยปลูก|อ้อยพันธุ์เดียวกันบางแถวแคระ ส่วนมากตรงที่แล้ง|หลังตัดอ้อยตองอกช้าและลำยังเล็ก",
        "id": "rumpun keprasan pendek dan tidak rata padahal daunnya tidak menunjukkan apa-apa|setiap keprasan memberi batang lebih sedikit dan kurus daripada tanaman pertama|tebu dari bibit yang sama kerdil di beberapa baris, terutama yang kering|pertumbuhan setelah panen lambat dan batangnya tetap kurus",
        "ms": "rumpun ratun pendek dan tak sekata walaupun daunnya tak tunjuk apa-apa|setiap ratun beri batang lebih sedikit dan kurus berbanding tanaman pertama|tebu dari benih sama bantut di beberapa barisan, terutama yang kering|tumbesaran selepas tuai perlahan dan batangnya kekal kurus"},
    "rsd_nodes": {
        "en": "a thin cut through the node shows little orange points in the strands|inside the node the vascular bundles look like red-orange commas|mature stalk nodes have pink to orange dots when sliced|the fibres at the node base are stained reddish in tiny spots",
        "zh": "把节切薄片能看到维管束里有橙色小点|节里面的维管束像红橙色的小逗号|成熟蔗茎的节切开有粉红到橙色的点|节基部的纤维被染成一点一点的红色",
        "vi": "cắt mỏng qua đốt thấy những chấm cam nhỏ trong các bó mạch|bên trong đốt các bó mạch giống dấu phẩy màu đỏ cam|đốt thân mía già cắt ra có chấm hồng đến cam|sợi ở gốc đốt bị nhuộm đỏ thành các đốm nhỏ",
        "th": "ผ่าข้อบางๆ เห็นจุดสีส้มเล็กๆ ในท่อลำเลียง|ข้างในข้อท่อลำเลียงเป็นจุดเหมือนลูกน้ำสีส้มแดง|ข้อของลำแก่ผ่าแล้วมีจุดชมพูถึงส้ม|เส้นใยที่โคนข้อมีสีแดงเป็นจุดเล็กๆ",
        "id": "irisan tipis buku batang menunjukkan titik oranye kecil di berkas pembuluh|di dalam buku berkas pembuluh tampak seperti koma merah oranye|buku batang tua diiris ada titik merah muda sampai oranye|serat di pangkal buku berwarna kemerahan berbintik kecil",
        "ms": "hirisan nipis buku batang tunjuk titik oren kecil dalam berkas vaskular|di dalam buku berkas vaskular nampak macam koma merah oren|buku batang tua dihiris ada titik merah jambu hingga oren|gentian di pangkal buku berwarna kemerahan berbintik kecil"},
    "yld_midrib": {
        "en": "on the back of the leaf the central vein has gone yellow first|the older leaves have a bright yellow midrib but the rest is green|yellowing follows the leaf midrib from the base toward the tip|midrib discoloured yellow on leaves three to six, no spots",
        "zh": "叶背面的中脉先变黄|老叶的中脉鲜黄色，其余部分还是绿的|黄化沿中脉从叶基向叶尖发展|从上数第三到第六片叶中脉变黄，没有斑点",
        "vi": "ở mặt dưới lá gân giữa vàng trước|lá già có gân giữa vàng tươi còn phần còn lại xanh|vàng lan theo gân giữa từ gốc lá lên chóp|gân giữa lá thứ ba đến thứ sáu bị vàng, không có đốm",
        "th": "ด้านหลังใบเส้นกลางใบเหลืองก่อน|ใบแก่มีเส้นกลางใบสีเหลืองสด ส่วนอื่นยังเขียว|อาการเหลืองไล่ตามเส้นกลางใบจากโคนไปปลาย|เส้นกลางใบของใบที่สามถึงหกเหลือง ไม่มีจุด",
        "id": "di bagian bawah daun tulang daun tengah menguning lebih dulu|daun tua tulang tengahnya kuning cerah tapi sisanya hijau|kuning mengikuti tulang daun dari pangkal ke ujung|tulang daun tengah daun ketiga sampai keenam kuning, tanpa bercak",
        "ms": "di bahagian bawah daun urat tengah menguning dahulu|daun tua urat tengahnya kuning terang tapi selebihnya hijau|kuning mengikut urat tengah dari pangkal ke hujung|urat tengah daun ketiga hingga keenam kuning, tiada bintik"},
    "yld_bunch": {
        "en": "the whole canopy goes yellow before harvest and the top leaves form a tight tuft|the leaves yellow, then redden and dry, with short internodes at the top|late in the season the leaf tops cluster like a fan and turn yellow|the yellowing spreads out from the midrib to the whole blade and the crown is bunched",
        "zh": "收获前整片蔗叶变黄，顶叶挤成一簇|叶子先黄后红再干，顶部节间变短|季节后期梢部叶子像扇子一样聚在一起，发黄|黄化从中脉扩展到整片叶，梢头叶子簇生",
        "vi": "trước thu hoạch cả tán lá vàng và lá ngọn túm chặt lại|lá vàng rồi đỏ rồi khô, lóng ngọn ngắn lại|cuối vụ lá ngọn chụm lại như cái quạt và vàng|vàng lan từ gân giữa ra cả phiến lá và ngọn bị chùm lại",
        "th": "ก่อนเก็บเกี่ยวทรงพุ่มเหลืองทั้งหมดและใบยอดรวมเป็นกระจุกแน่น|ใบเหลืองแล้วแดงแล้วแห้ง ปล้องยอดสั้น|ปลายฤดูใบยอดรวมกันเหมือนพัดและเหลือง|อาการเหลืองลามจากเส้นกลางใบทั้งแผ่น ยอดเป็นกระจุก",
        "id": "menjelang panen seluruh tajuk menguning dan daun pucuk bergerombol rapat|daun menguning lalu memerah dan kering, ruas atas memendek|di akhir musim daun pucuk mengumpul seperti kipas dan menguning|kuning menyebar dari tulang daun ke seluruh helai dan pucuk bergerombol",
        "ms": "menjelang tuai seluruh kanopi menguning dan daun pucuk berkumpul rapat|daun menguning kemudian kemerahan dan kering, ruas atas memendek|di akhir musim daun pucuk berkumpul macam kipas dan menguning|kuning merebak dari urat tengah ke seluruh helai dan pucuk berkelompok"},
    "rust_pustule": {
        "en": "rusty orange specks on the leaves that leave stains on my fingers|brown raised pustules lined up along the leaf veins|the undersides of the leaves are covered in orange-brown dust|little elongated reddish lesions all over the older leaves",
        "zh": "叶子上有锈橙色小点，手一摸就染色|叶脉两旁排着凸起的褐色疱斑|叶背满是橙褐色的粉|老叶上到处是细长的红褐色病斑",
        "vi": "lá có các chấm màu cam gỉ sắt dính vào ngón tay|mụn nâu nổi xếp dọc theo gân lá|mặt dưới lá phủ đầy bụi nâu cam|khắp lá già có các vết dài nhỏ màu đỏ nâu",
        "th": "ใบมีจุดสีส้มสนิมติดนิ้วมือ|ตุ่มนูนสีน้ำตาลเรียงตามเส้นใบ|ใต้ใบมีผงสีส้มน้ำตาลเต็มไปหมด|ใบแก่มีแผลยาวเล็กๆ สีแดงน้ำตาลทั่วใบ",
        "id": "bintik oranye seperti karat di daun yang menempel di jari|bisul coklat menonjol berjajar di sepanjang tulang daun|bagian bawah daun penuh debu oranye kecoklatan|bercak kecil memanjang kemerahan di seluruh daun tua",
        "ms": "bintik oren macam karat pada daun yang melekat di jari|bisul perang timbul tersusun sepanjang urat daun|bahagian bawah daun penuh debu oren keperangan|luka kecil memanjang kemerahan di seluruh daun tua"},
    "rust_field": {
        "en": "during the foggy cool months the whole block went brown from leaf rust|from a distance the field looks reddish-brown and the lower leaves are dead|this variety is badly rusted while the neighbour's field is still green|the rust outbreak is drying the leaves before the cane matures",
        "zh": "雾多的凉爽月份整块地因为锈病变成褐色|远看整片蔗地发红褐色，下部叶子都枯了|这个品种锈病很重，邻居家的地还是绿的|锈病暴发，甘蔗还没成熟叶子就干了",
        "vi": "những tháng mát có sương mù cả lô mía chuyển nâu vì gỉ sắt|nhìn từ xa ruộng mía màu nâu đỏ, lá dưới chết hết|giống này bị gỉ sắt nặng trong khi ruộng bên cạnh vẫn xanh|dịch gỉ sắt làm lá khô trước khi mía chín",
        "th": "ช่วงเดือนที่หนาวมีหมอก แปลงอ้อยทั้งแปลงเป็นสีน้ำตาลเพราะราสนิม|มองไกลๆ ไร่อ้อยเป็นสีน้ำตาลแดง ใบล่างตายหมด|พันธุ์นี้เป็นราสนิมหนักแต่ไร่ข้างๆ ยังเขียว|ราสนิมระบาดทำให้ใบแห้งก่อนอ้อยแก่",
        "id": "saat bulan-bulan sejuk berkabut seluruh petak jadi coklat karena karat daun|dari jauh kebun tampak coklat kemerahan dan daun bawah mati|varietas ini berkarat parah sementara kebun tetangga masih hijau|wabah karat mengeringkan daun sebelum tebu masak",
        "ms": "semasa bulan sejuk berkabus seluruh petak jadi perang kerana karat daun|dari jauh ladang nampak perang kemerahan dan daun bawah mati|varieti ini berkarat teruk sedangkan ladang jiran masih hijau|wabak karat mengeringkan daun sebelum tebu masak"},
    "borer_deadheart": {
        "en": "in the young crop the spindle leaf is brown and comes away with a foul smell|several tillers per stool have a dead central whorl|the heart leaves of the shoots dried up and there is a small hole near the base|young cane with dried centres that slip out when pulled",
        "zh": "幼苗期心叶变褐，一拔就出来，还有臭味|每蔸有几根分蘖心叶枯死|苗的心叶干枯，基部有个小孔|幼苗心叶干了，一拉就脱出来",
        "vi": "ở mía non lá nõn nâu và rút ra được, có mùi hôi|mỗi bụi có vài nhánh bị chết nõn|lá nõn của chồi khô và có lỗ nhỏ gần gốc|mía non bị khô nõn, kéo nhẹ là tuột ra",
        "th": "ในอ้อยเล็กใบยอดเป็นสีน้ำตาล ดึงออกได้และมีกลิ่นเหม็น|กอหนึ่งมีหลายหน่อที่ยอดกลางตาย|ใบยอดของหน่อแห้ง มีรูเล็กๆ ใกล้โคน|อ้อยเล็กยอดกลางแห้ง ดึงแล้วหลุดออกมา",
        "id": "pada tebu muda daun pucuk coklat dan bisa dicabut dengan bau busuk|beberapa anakan per rumpun gulungan daun tengahnya mati|daun pucuk tunas mengering dan ada lubang kecil dekat pangkal|tebu muda dengan pucuk mati yang lepas saat ditarik",
        "ms": "pada tebu muda daun pucuk perang dan boleh dicabut dengan bau busuk|beberapa anak pokok serumpun gulungan daun tengahnya mati|daun pucuk tunas kering dan ada lubang kecil dekat pangkal|tebu muda dengan pucuk mati yang tercabut bila ditarik"},
    "borer_holes": {
        "en": "exit holes in the internodes and the stalk snaps at the damaged joint|a striped caterpillar tunnelled up the centre of the cane|red discoloured galleries inside the stalk full of frass|the rind has round holes and the cane inside is hollowed out",
        "zh": "节间有蛀孔，受害的节一刮风就断|一条带条纹的幼虫沿着蔗茎中心往上蛀|茎里面有发红的蛀道，里面全是虫粪|蔗皮上有圆孔，里面被蛀空了",
        "vi": "lóng mía có lỗ đục và thân gãy ở đốt bị hại|một con sâu sọc đục dọc giữa thân mía|bên trong thân có đường hầm đỏ đầy phân sâu|vỏ mía có lỗ tròn và bên trong bị đục rỗng",
        "th": "ปล้องมีรูเจาะ ลำหักตรงข้อที่ถูกทำลาย|หนอนลายเจาะขึ้นไปตามกลางลำอ้อย|ข้างในลำมีรูทางเดินสีแดงเต็มไปด้วยขี้หนอน|เปลือกมีรูกลมและข้างในถูกกินจนกลวง",
        "id": "ada lubang keluar di ruas dan batang patah di buku yang rusak|ulat bergaris menggerek ke atas di tengah batang tebu|lorong kemerahan di dalam batang penuh kotoran ulat|kulit batang berlubang bulat dan bagian dalam berongga",
        "ms": "ada lubang keluar di ruas dan batang patah di buku yang rosak|ulat berjalur mengorek ke atas di tengah batang tebu|terowong kemerahan di dalam batang penuh najis ulat|kulit batang berlubang bulat dan bahagian dalam berongga"},
    "grub_roots": {
        "en": "under the dying stools the soil is full of curled cream-coloured larvae|the roots have been eaten down to stubs by white grubs|i dug around the clump and found plump white larvae with brown heads|grubs shaped like a letter c chewing the root zone",
        "zh": "枯死的蔗蔸下面土里全是弯曲的乳白色幼虫|根被白色蛴螬啃得只剩短桩|挖开蔗蔸周围发现褐色头的白胖幼虫|像字母c一样的蛴螬在啃根",
        "vi": "dưới các bụi mía chết đất đầy ấu trùng màu kem cong queo|rễ bị sùng trắng ăn trụi chỉ còn gốc|đào quanh bụi thấy con sâu trắng mập đầu nâu|sùng hình chữ c đang gặm vùng rễ",
        "th": "ใต้กอที่กำลังตายดินเต็มไปด้วยตัวอ่อนสีครีมงอตัว|รากถูกหนอนขาวกินจนเหลือแต่ตอ|ขุดรอบกอเจอหนอนสีขาวอ้วนหัวสีน้ำตาล|หนอนรูปตัวซีกัดกินบริเวณราก",
        "id": "di bawah rumpun yang mati tanahnya penuh larva krem melengkung|akar habis dimakan uret tinggal pangkalnya|saya gali sekitar rumpun dan menemukan larva putih gemuk berkepala coklat|uret berbentuk huruf c memakan daerah akar",
        "ms": "di bawah rumpun yang mati tanahnya penuh larva krim melengkung|akar habis dimakan ulat putih tinggal pangkal|saya gali sekeliling rumpun dan jumpa larva putih gemuk berkepala perang|ulat berbentuk huruf c memakan kawasan akar"},
    "grub_wilt": {
        "en": "groups of stools wilt and yellow even though the soil is moist|the cane can be lifted out by hand because nothing holds it in the ground|the stools topple over and there are no roots left under them|after the beetle flight in spring, patches of cane dry up and fall",
        "zh": "土壤湿润，成片的蔗蔸还是萎蔫发黄|用手就能把甘蔗拔起来，地里没有东西抓住它|蔗蔸倒伏，下面根都没了|春天金龟子飞过以后，一片片甘蔗干枯倒下",
        "vi": "từng cụm bụi mía héo và vàng dù đất vẫn ẩm|có thể nhổ mía lên bằng tay vì không còn gì giữ dưới đất|bụi mía đổ ngã và bên dưới không còn rễ|sau đợt bọ cánh cứng bay vào mùa xuân, từng mảng mía khô và đổ",
        "th": "กออ้อยเป็นกลุ่มเหี่ยวเหลืองทั้งที่ดินยังชื้น|ใช้มือดึงอ้อยขึ้นมาได้เพราะไม่มีอะไรยึดในดิน|กออ้อยล้มและไม่มีรากเหลือข้างใต้|หลังด้วงบินช่วงต้นฝน อ้อยแห้งตายและล้มเป็นหย่อม",
        "id": "kelompok rumpun layu dan menguning walaupun tanahnya lembap|tebu bisa dicabut dengan tangan karena tidak ada yang menahan di tanah|rumpun roboh dan tidak ada akar tersisa di bawahnya|setelah kumbang beterbangan awal musim hujan, petak tebu mengering dan roboh",
        "ms": "sekumpulan rumpun layu dan menguning walaupun tanah lembap|tebu boleh dicabut dengan tangan kerana tiada apa yang memegang dalam tanah|rumpun tumbang dan tiada akar tinggal di bawahnya|selepas kumbang berterbangan awal musim hujan, petak tebu kering dan tumbang"},
    "healthy": {
        "en": "my cane is tall, green and has no marks on the leaves|the field is growing evenly and i see no insects or spots|everything seems fine, just checking that the crop is ok|good stand, thick stalks, healthy green leaves",
        "zh": "我的甘蔗长得高，叶子绿，没有斑点|整块地长得很均匀，没看到虫子和病斑|看起来一切正常，只是确认一下|苗齐，茎粗，叶子绿油油的",
        "vi": "mía của tôi cao, xanh và lá không có vết gì|ruộng mọc đều, không thấy sâu hay đốm|mọi thứ có vẻ ổn, chỉ muốn kiểm tra lại|mía đều cây, thân to, lá xanh khỏe",
        "th": "อ้อยของฉันสูง เขียว ใบไม่มีรอยอะไร|ไร่โตสม่ำเสมอ ไม่เห็นแมลงหรือจุด|ทุกอย่างดูปกติ แค่อยากเช็กว่าอ้อยไม่เป็นไร|อ้อยขึ้นดี ลำใหญ่ ใบเขียวสมบูรณ์",
        "id": "tebu saya tinggi, hijau dan daunnya tidak ada bercak|kebun tumbuh merata dan tidak ada serangga atau bercak|semuanya tampak baik, hanya ingin memastikan|tegakan bagus, batang besar, daun hijau sehat",
        "ms": "tebu saya tinggi, hijau dan daun tiada kesan|ladang tumbuh sekata dan tiada serangga atau bintik|semuanya nampak baik, cuma nak pastikan|tumbesaran baik, batang besar, daun hijau sihat"},
    "unknown_question": {
        "en": "how deep should i plant the setts|what spacing between rows is recommended|how much water does cane need per week|where can i sell my cane",
        "zh": "种茎要埋多深|行距多少合适|甘蔗每周需要多少水|甘蔗卖到哪里",
        "vi": "hom mía nên đặt sâu bao nhiêu|khoảng cách hàng bao nhiêu là hợp|mía cần bao nhiêu nước mỗi tuần|bán mía ở đâu",
        "th": "ควรฝังท่อนพันธุ์ลึกเท่าไร|ระยะห่างระหว่างแถวควรเป็นเท่าไร|อ้อยต้องการน้ำสัปดาห์ละเท่าไร|ขายอ้อยได้ที่ไหน",
        "id": "seberapa dalam bibit harus ditanam|jarak antar baris yang dianjurkan berapa|tebu butuh air berapa per minggu|di mana bisa menjual tebu",
        "ms": "berapa dalam keratan perlu ditanam|jarak antara barisan yang disyorkan berapa|tebu perlukan air berapa seminggu|di mana boleh jual tebu"},
    "unknown_other": {
        "en": "a storm knocked down the cane in one corner of the field|cattle got into the field and ate the tops|the lower leaves dried after a long drought but the tops are green|some stalks have cracks after heavy rain following a dry spell",
        "zh": "暴风雨把地角的甘蔗吹倒了|牛进了蔗地把梢吃掉了|长时间干旱后下部叶子干了，但梢是绿的|干旱后突然下大雨，有些蔗茎裂开了",
        "vi": "bão làm đổ mía ở một góc ruộng|bò vào ruộng ăn mất ngọn mía|sau đợt hạn dài lá dưới khô nhưng ngọn vẫn xanh|một số cây mía bị nứt thân sau mưa lớn tiếp sau nắng hạn",
        "th": "พายุพัดอ้อยล้มที่มุมไร่|วัวเข้าไร่กินยอดอ้อย|หลังแล้งนานใบล่างแห้งแต่ยอดยังเขียว|ลำอ้อยบางต้นแตกหลังฝนหนักตามหลังช่วงแล้ง",
        "id": "badai merobohkan tebu di satu sudut kebun|sapi masuk kebun dan memakan pucuk tebu|setelah kemarau panjang daun bawah kering tapi pucuk masih hijau|beberapa batang retak setelah hujan lebat menyusul kemarau",
        "ms": "ribut menumbangkan tebu di satu sudut ladang|lembu masuk ladang dan makan pucuk tebu|selepas kemarau panjang daun bawah kering tapi pucuk masih hijau|beberapa batang retak selepas hujan lebat menyusul kemarau"},
})

for _c in CONCEPTS:
    for _lang, _items in EXTRA2.get(_c["id"], {}).items():
        _c["phr"][_lang] += [s.strip() for s in _items.split("|") if s.strip()]

# Second edition: eight more frames per language (20 in all, about 30% held out), so train sees more sentence shapes.
# The sugarcane-disease corpus uses FRAMES + FRAMES_EXTRA; the industry-router's sugar samples keep the 12 FRAMES (its
# shipped run was trained before these were added).
FRAMES_EXTRA = {}
FRAMES_EXTRA["en"] = ["{x}. any idea what causes this?", "hi sir, {x}", "in our cane block {x}", "{x} - which disease?",
                 "my ratoon field: {x}", "can you identify this: {x}", "since last week {x}", "extension officer, {x}"]
FRAMES_EXTRA["zh"] = ["{x}，这是什么原因？", "老师好，{x}", "我们的蔗区{x}", "{x}——是什么病", "宿根蔗地里{x}", "帮忙看看这个：{x}",
                 "上周开始{x}", "农技员你好，{x}"]
FRAMES_EXTRA["vi"] = ["{x}. nguyên nhân là gì?", "chào anh, {x}", "trong lô mía của chúng tôi {x}", "{x} - bệnh gì vậy?",
                 "ruộng mía gốc: {x}", "nhận diện giúp: {x}", "từ tuần trước {x}", "cán bộ khuyến nông ơi, {x}"]
FRAMES_EXTRA["th"] = ["{x} สาเหตุคืออะไร", "สวัสดีค่ะ {x}", "ในแปลงอ้อยของเรา{x}", "{x} โรคอะไรคะ", "แปลงอ้อยตอ: {x}",
                 "ช่วยดูให้หน่อย {x}", "ตั้งแต่อาทิตย์ที่แล้ว{x}", "เจ้าหน้าที่ส่งเสริมครับ {x}"]
FRAMES_EXTRA["id"] = ["{x}. kira-kira penyebabnya apa?", "halo pak, {x}", "di petak tebu kami {x}", "{x} - penyakit apa?",
                 "kebun keprasan saya: {x}", "tolong identifikasi: {x}", "sejak minggu lalu {x}", "pak penyuluh, {x}"]
FRAMES_EXTRA["ms"] = ["{x}. apa puncanya?", "hai tuan, {x}", "di petak tebu kami {x}", "{x} - penyakit apa?",
                 "ladang tebu ratun saya: {x}", "tolong kenal pasti: {x}", "sejak minggu lepas {x}", "pegawai pengembangan, {x}"]

# Third edition ("text bars"): three more phrasings per language for the ten concepts the second edition's VALIDATION
# errors confused most (healthy and general questions read as a disease, dead hearts vs pokkah boeng, wilting from
# red rot vs white grubs vs stunting, grassy smut, mosaic spread by setts). Same sources as above. Only the
# sugarcane-disease corpus uses them (build_data.sugarcane_domain(extra_frames=True) calls concepts_third_edition());
# the industry-router's sugar samples keep CONCEPTS as they were. They join each concept's list before the seeded
# split, so the documented split rules apply to them unchanged.
EXTRA3 = {
    "healthy": {
        "en": "no problems in the field, the cane is growing normally|leaves are clean green and the stalks are straight|i walked the whole block and found nothing wrong",
        "zh": "地里没什么问题，甘蔗长得正常|叶子干净翠绿，茎秆挺直|整块地走了一遍，没发现异常",
        "vi": "ruộng không có vấn đề gì, mía phát triển bình thường|lá xanh sạch, thân mía thẳng|tôi đi hết cả lô mà không thấy gì bất thường",
        "th": "ในไร่ไม่มีปัญหาอะไร อ้อยโตปกติ|ใบเขียวสะอาด ลำต้นตรง|เดินดูทั้งแปลงแล้วไม่เจออะไรผิดปกติ",
        "id": "tidak ada masalah di kebun, tebu tumbuh normal|daunnya hijau bersih dan batangnya tegak|saya sudah keliling petak dan tidak menemukan kelainan",
        "ms": "tiada masalah di ladang, tebu tumbuh biasa|daun hijau bersih dan batang tegak|saya dah jalan seluruh petak dan tak jumpa apa-apa yang pelik",
    },
    "unknown_question": {
        "en": "how much does a cane harvester cost to hire|what price does the mill pay per tonne|how long after planting can i harvest",
        "zh": "租一台甘蔗收割机多少钱|糖厂每吨收多少钱|种下去多久可以砍",
        "vi": "thuê máy chặt mía giá bao nhiêu|nhà máy mua mía bao nhiêu một tấn|trồng bao lâu thì thu hoạch được",
        "th": "เช่ารถตัดอ้อยราคาเท่าไร|โรงงานรับซื้ออ้อยตันละเท่าไร|ปลูกแล้วกี่เดือนถึงตัดได้",
        "id": "sewa mesin tebang tebu berapa|pabrik beli tebu per ton berapa|berapa bulan setelah tanam bisa ditebang",
        "ms": "sewa mesin tuai tebu berapa|kilang beli tebu berapa setan|berapa bulan lepas tanam boleh tuai",
    },
    "unknown_other": {
        "en": "birds are pecking the cane tops near the trees|flood water stood in the field for three days|fire burned the edge of my field",
        "zh": "靠近树林的甘蔗梢被鸟啄了|地里积水泡了三天|火烧到了我地边的甘蔗",
        "vi": "chim mổ ngọn mía gần hàng cây|nước ngập ruộng ba ngày|lửa cháy lan vào mép ruộng mía",
        "th": "นกจิกยอดอ้อยแถวต้นไม้|น้ำท่วมขังในไร่สามวัน|ไฟไหม้ลามเข้าขอบไร่อ้อย",
        "id": "burung mematuk pucuk tebu dekat pepohonan|air banjir menggenang di kebun tiga hari|api membakar pinggir kebun tebu saya",
        "ms": "burung patuk pucuk tebu dekat pokok|air banjir bertakung di ladang tiga hari|api terbakar di tepi ladang tebu saya",
    },
    "borer_deadheart": {
        "en": "the youngest shoots have a dead brown centre that slides out|dead hearts on many tillers and a bad smell from the pulled centre|the middle whorl of the young cane died and there is a pinhole at the base",
        "zh": "嫩苗心叶干枯，轻轻一抽就出来|很多分蘖出现枯心，抽出来有臭味|幼苗中心叶死了，基部有小孔",
        "vi": "chồi non bị khô nõn, kéo nhẹ là tuột ra|nhiều nhánh bị héo nõn, rút ra có mùi hôi|nõn mía non chết, gốc có lỗ nhỏ",
        "th": "หน่ออ้อยอ่อนยอดกลางแห้งดึงหลุดง่าย|หน่อหลายต้นยอดเหี่ยว ดึงออกมามีกลิ่นเหม็น|ยอดกลางของอ้อยเล็กตาย โคนมีรูเล็กๆ",
        "id": "pucuk tengah tunas muda mati dan mudah dicabut|banyak anakan mati puser, baunya busuk saat dicabut|daun tengah tebu muda mati dan ada lubang kecil di pangkal",
        "ms": "pucuk tengah anak tebu mati dan mudah ditarik|banyak anak pokok mati pucuk, berbau busuk bila ditarik|daun tengah tebu muda mati dan ada lubang kecil di pangkal",
    },
    "redrot_wilt": {
        "en": "leaves dry from the margins and the stalk shrivels, inside it smells sour|the top leaves droop and die and the whole stalk dries out|red lesions on the leaf midribs and stalks drying after the rains",
        "zh": "叶片从边缘干枯，茎皱缩，里面有酸味|顶部叶子下垂枯死，整根茎干掉|雨后叶片中脉上有红斑，茎秆干枯",
        "vi": "lá khô từ mép vào, thân teo lại, bên trong có mùi chua|lá ngọn rũ xuống chết khô, cả thân khô héo|gân lá có vết đỏ và thân khô dần sau mưa",
        "th": "ใบแห้งจากขอบ ลำเหี่ยว ข้างในมีกลิ่นเปรี้ยว|ใบยอดห้อยแห้งตาย ทั้งลำแห้ง|เส้นกลางใบมีแผลสีแดง ลำแห้งหลังฝนตก",
        "id": "daun mengering dari tepi dan batang keriput, dalamnya berbau asam|daun pucuk terkulai mati dan seluruh batang mengering|ada bercak merah di tulang daun dan batang mengering setelah hujan",
        "ms": "daun kering dari tepi dan batang kecut, di dalam berbau masam|daun pucuk terkulai mati dan seluruh batang kering|ada lesi merah pada urat tengah daun dan batang kering selepas hujan",
    },
    "grub_wilt": {
        "en": "stools wilt and lean over and come out with no roots at all|the cane yellows in patches and i can pull whole clumps out by hand|wilting clumps with chewed root stubs, beetles were flying in spring",
        "zh": "蔗蔸萎蔫倒伏，拔出来一点根都没有|甘蔗成片发黄，用手就能把整蔸拔起|蔸萎蔫，根被咬成短桩，春天有很多金龟子",
        "vi": "bụi mía héo, ngả nghiêng, nhổ lên không còn rễ|mía vàng từng đám, lấy tay nhổ cả bụi lên được|bụi héo, rễ bị cắn cụt, mùa xuân bọ hung bay nhiều",
        "th": "กออ้อยเหี่ยวเอนล้ม ถอนขึ้นมาไม่มีรากเลย|อ้อยเหลืองเป็นหย่อม ใช้มือถอนทั้งกอได้|กอเหี่ยว รากถูกกัดเหลือตอ ฤดูร้อนมีแมลงปีกแข็งบินเยอะ",
        "id": "rumpun layu dan miring, dicabut tanpa akar sama sekali|tebu menguning berkelompok dan rumpun bisa dicabut dengan tangan|rumpun layu dengan akar terpotong pendek, musim semi banyak kumbang terbang",
        "ms": "rumpun layu dan senget, dicabut tanpa akar langsung|tebu kuning bertompok dan rumpun boleh dicabut dengan tangan|rumpun layu dengan akar digigit pendek, banyak kumbang terbang musim bunga",
    },
    "smut_grassy": {
        "en": "the stool turned into a grassy tuft of thin shoots with sooty tips|lots of weak thin tillers and a black whip here and there|ratoon shoots are thin like grass and dusted with black spores",
        "zh": "蔗蔸变成一丛细草似的苗，尖端黑乎乎|很多细弱的分蘖，偶尔有一根黑鞭|宿根苗细得像草，上面沾着黑色孢子",
        "vi": "bụi mía thành đám chồi nhỏ như cỏ, đầu đen như bồ hóng|nhiều nhánh nhỏ yếu, lác đác có roi đen|chồi mía gốc nhỏ như cỏ, dính bào tử đen",
        "th": "กออ้อยกลายเป็นกอหญ้าหน่อเล็กปลายดำ|หน่อเล็กอ่อนแอเยอะ มีแส้ดำบ้าง|หน่ออ้อยตอเล็กเหมือนหญ้ามีผงสปอร์ดำ",
        "id": "rumpun jadi seperti rumput dengan tunas kurus berujung hitam|banyak anakan kurus lemah dan ada cambuk hitam di sana-sini|tunas keprasan kurus seperti rumput dan berdebu spora hitam",
        "ms": "rumpun jadi macam rumput dengan pucuk kurus berhujung hitam|banyak anak pokok kurus lemah dan ada cemeti hitam sana sini|pucuk ratun kurus macam rumput dan berdebu spora hitam",
    },
    "mosaic_aphid": {
        "en": "the new leaves of the plants from bought setts are streaked pale green|mottled young leaves and the plants are smaller than the rest|pale green mosaic on the young leaves spreading down the row",
        "zh": "买来的种茎长出的苗新叶有浅绿条纹|嫩叶花斑，植株比别的矮|嫩叶浅绿花叶沿着行往下传",
        "vi": "cây từ hom mua về có lá non sọc xanh nhạt|lá non lốm đốm, cây nhỏ hơn các cây khác|lá non khảm xanh nhạt lan dọc theo hàng",
        "th": "อ้อยจากท่อนพันธุ์ที่ซื้อมาใบอ่อนเป็นริ้วเขียวซีด|ใบอ่อนด่างและต้นเตี้ยกว่าต้นอื่น|ใบอ่อนด่างเขียวซีดลามไปตามแถว",
        "id": "daun muda dari bibit yang dibeli bergaris hijau pucat|daun muda belang dan tanamannya lebih kecil|mosaik hijau pucat di daun muda menyebar sepanjang baris",
        "ms": "daun muda dari keratan yang dibeli berjalur hijau pucat|daun muda bertompok dan pokok lebih kecil dari yang lain|mozek hijau pucat pada daun muda merebak sepanjang baris",
    },
    "pokkah_twist": {
        "en": "the spindle leaves are twisted together and pale at the base|crumpled new leaves that cannot unfold at the top of the stalk|the top leaves are short, wrinkled and knotted",
        "zh": "心叶扭在一起，叶基发白|顶端新叶皱缩展不开|顶叶短小、皱缩、打结",
        "vi": "lá nõn xoắn vào nhau, gốc lá trắng nhạt|lá non ở ngọn nhăn nhúm không xòe ra được|lá ngọn ngắn, nhăn và thắt nút",
        "th": "ใบยอดบิดพันกัน โคนใบซีด|ใบอ่อนที่ยอดย่นคลี่ไม่ออก|ใบยอดสั้น ย่น และพันกันเป็นปม",
        "id": "daun pucuk terpilin satu sama lain dan pangkalnya pucat|daun baru di pucuk keriput dan tidak bisa membuka|daun pucuk pendek, keriput dan tersimpul",
        "ms": "daun pucuk terpulas bersama dan pangkalnya pucat|daun baru di pucuk berkedut dan tak boleh kembang|daun pucuk pendek, berkedut dan bersimpul",
    },
    "borer_holes": {
        "en": "the stalk has small round holes with frass pushed out at the nodes|inside the cane there is a tunnel and a caterpillar|the stalks snap at bored internodes",
        "zh": "茎上有小圆孔，节间推出虫粪|甘蔗里面有虫道和一条幼虫|蛀过的节间一吹就断",
        "vi": "thân mía có lỗ tròn nhỏ, phân sâu đùn ra ở mắt mía|trong thân mía có đường hầm và con sâu|thân mía gãy ở lóng bị đục",
        "th": "ลำอ้อยมีรูกลมเล็กๆ มีขุยดันออกมาที่ข้อ|ในลำอ้อยมีรูเจาะและตัวหนอน|ลำอ้อยหักตรงปล้องที่ถูกเจาะ",
        "id": "batang tebu berlubang kecil bulat dan kotoran ulat keluar di ruas|di dalam batang ada lorong dan ulat|batang patah di ruas yang digerek",
        "ms": "batang tebu berlubang kecil bulat dan najis ulat keluar di ruas|di dalam batang ada terowong dan ulat|batang patah di ruas yang dikorek",
    },
}


def concepts_third_edition():
    """CONCEPTS with EXTRA3 appended (copies: CONCEPTS itself is unchanged)."""
    out = []
    for c in CONCEPTS:
        phr = {l: list(v) + [s.strip() for s in EXTRA3.get(c["id"], {}).get(l, "").split("|") if s.strip()]
               for l, v in c["phr"].items()}
        out.append(dict(c, phr=phr))
    return out

# Fourth edition: train-only phrasings (see train_only.py); the test split above is unchanged by them.
import train_only as _train_only  # noqa: E402

TRAIN_ONLY = _train_only.load("extra_sugarcane", "extra_sugarcane_b")
