"""Source of Models/medical-triage/departments.json: the suggested-department lookup (data, not network).

Usage: departments_source.py OUT.json

Rule: final level <= emergencyAtOrBelowLevel -> "emergency". Otherwise the departments are tried in order and
the first whose patterns match the text (same matching semantics as red_flags.json) is suggested; if none
matches, `default`. Vietnamese terms get their diacritic-free spelling added.
"""
import json
import sys

from red_flags_source import expand

DEPTS = [
    ("obstetrics", {"en": "Obstetrics & gynaecology", "zh": "妇产科", "vi": "Sản phụ khoa", "th": "สูติ-นรีเวช", "id": "Kebidanan & kandungan", "ms": "Obstetrik & ginekologi"},
     {"en": [["pregnan", "missed period", "vaginal", "period pain"]], "zh": [["怀孕", "妊娠", "月经", "阴道", "孕"]],
      "vi": [["mang thai", "có thai", "thai", "kinh nguyệt", "trễ kinh", "âm đạo"]], "th": [["ตั้งครรภ์", "ประจำเดือน", "ตั้งท้อง", "ช่องคลอด"]],
      "id": [["hamil", "haid", "kehamilan", "vagina"]], "ms": [["mengandung", "hamil", "haid", "datang bulan", "faraj"]]}),
    ("pediatrics", {"en": "Paediatrics", "zh": "儿科", "vi": "Nhi khoa", "th": "กุมารเวช", "id": "Anak", "ms": "Pediatrik"},
     {"en": [["baby", "newborn", "infant", "toddler"]], "zh": [["宝宝", "婴儿", "新生儿", "幼儿"]],
      "vi": [["trẻ sơ sinh", "em bé", "bé sơ sinh"]], "th": [["ทารก", "เด็กเล็ก", "แรกเกิด"]],
      "id": [["bayi", "balita"]], "ms": [["bayi", "kanak-kanak kecil"]]}),
    ("psychiatry", {"en": "Psychiatry", "zh": "精神心理科", "vi": "Tâm thần", "th": "จิตเวช", "id": "Psikiatri", "ms": "Psikiatri"},
     {"en": [["suicid", "depress", "anxiety", "panic", "hallucinat", "self-harm"]], "zh": [["自杀", "抑郁", "焦虑", "惊恐", "幻觉"]],
      "vi": [["tự tử", "trầm cảm", "lo âu", "hoảng loạn", "ảo giác"]], "th": [["ฆ่าตัวตาย", "ซึมเศร้า", "วิตกกังวล", "หูแว่ว"]],
      "id": [["bunuh diri", "depresi", "cemas", "panik", "halusinasi"]], "ms": [["bunuh diri", "kemurungan", "kebimbangan", "panik", "halusinasi"]]}),
    ("cardiology", {"en": "Cardiology", "zh": "心内科", "vi": "Tim mạch", "th": "โรคหัวใจ", "id": "Jantung", "ms": "Kardiologi"},
     {"en": [["chest pain", "palpitation", "heart"]], "zh": [["胸痛", "心悸", "心慌", "心脏"]], "vi": [["đau ngực", "hồi hộp", "tim"]],
      "th": [["เจ็บหน้าอก", "ใจสั่น", "หัวใจ"]], "id": [["nyeri dada", "jantung berdebar", "jantung"]], "ms": [["sakit dada", "berdebar", "jantung"]]}),
    ("neurology", {"en": "Neurology", "zh": "神经内科", "vi": "Thần kinh", "th": "ประสาทวิทยา", "id": "Saraf", "ms": "Neurologi"},
     {"en": [["head", "dizz", "numb", "faint", "migraine"]], "zh": [["头", "晕", "麻木"]], "vi": [["đầu", "chóng mặt", "tê"]],
      "th": [["หัว", "ศีรษะ", "เวียน", "ชา"]], "id": [["kepala", "pusing", "kebas", "kesemutan"]], "ms": [["kepala", "pening", "kebas"]]}),
    ("urology", {"en": "Urology / nephrology", "zh": "泌尿科", "vi": "Tiết niệu", "th": "ทางเดินปัสสาวะ", "id": "Urologi", "ms": "Urologi"},
     {"en": [["urin", "pee", "bladder", "kidney", "flank", "testic", "scrot"]], "zh": [["尿", "肾", "膀胱", "睾丸", "阴囊"]],
      "vi": [["tiểu", "thận", "bàng quang", "tinh hoàn", "bìu"]], "th": [["ปัสสาวะ", "ฉี่", "ไต", "กระเพาะปัสสาวะ", "อัณฑะ"]],
      "id": [["kencing", "ginjal", "kandung kemih", "testis", "buah zakar"]], "ms": [["kencing", "buah pinggang", "batu karang", "pundi", "testis"]]}),
    ("respiratory", {"en": "Respiratory medicine", "zh": "呼吸科", "vi": "Hô hấp", "th": "โรคระบบหายใจ", "id": "Paru", "ms": "Perubatan respiratori"},
     {"en": [["cough", "wheez", "asthma", "phlegm", "breath"]], "zh": [["咳", "喘", "哮喘", "痰"]], "vi": [["ho", "khò khè", "hen", "đờm", "khó thở"]],
      "th": [["ไอ", "หอบ", "หืด", "เสมหะ"]], "id": [["batuk", "mengi", "asma", "dahak", "sesak"]], "ms": [["batuk", "berdehit", "asma", "kahak", "sesak"]]}),
    ("gastroenterology", {"en": "Gastroenterology", "zh": "消化内科", "vi": "Tiêu hóa", "th": "ระบบทางเดินอาหาร", "id": "Penyakit dalam (pencernaan)", "ms": "Gastroenterologi"},
     {"en": [["vomit", "diarrh", "constipat", "indigestion", "bloat", "stool"]], "zh": [["吐", "泻", "便秘", "消化", "腹胀"]],
      "vi": [["nôn", "tiêu chảy", "táo bón", "khó tiêu", "đầy bụng"]], "th": [["อาเจียน", "ท้องเสีย", "ท้องผูก", "อาหารไม่ย่อย", "ท้องอืด"]],
      "id": [["muntah", "diare", "sembelit", "begah", "kembung"]], "ms": [["muntah", "cirit", "sembelit", "tak hadam", "kembung"]]}),
    ("orthopedics", {"en": "Orthopaedics / trauma", "zh": "骨科", "vi": "Chấn thương chỉnh hình", "th": "ออร์โธปิดิกส์", "id": "Ortopedi", "ms": "Ortopedik"},
     {"en": [["fracture", "sprain", "twisted", "ankle", "wrist", "knee", "hip", "fell", "broken"]], "zh": [["骨折", "扭伤", "脚踝", "手腕", "膝盖", "髋", "摔"]],
      "vi": [["gãy", "bong gân", "lật cổ chân", "cổ tay", "đầu gối", "hông", "ngã"]], "th": [["กระดูกหัก", "แพลง", "ข้อเท้า", "ข้อมือ", "เข่า", "สะโพก", "ล้ม"]],
      "id": [["patah", "keseleo", "terkilir", "pergelangan", "lutut", "pinggul", "jatuh"]], "ms": [["patah", "terseliuh", "buku lali", "pergelangan", "lutut", "pinggul", "jatuh"]]}),
    ("ent", {"en": "Ear, nose & throat", "zh": "耳鼻喉科", "vi": "Tai mũi họng", "th": "หู คอ จมูก", "id": "THT", "ms": "ENT (telinga, hidung, tekak)"},
     {"en": [["throat", "tonsil", "ear", "nose", "fish bone"]], "zh": [["喉咙", "扁桃体", "耳", "鼻", "鱼刺"]], "vi": [["họng", "amidan", "tai", "mũi", "xương cá"]],
      "th": [["คอ", "ทอนซิล", "หู", "จมูก", "ก้างปลา"]], "id": [["tenggorokan", "amandel", "telinga", "hidung", "tulang ikan"]], "ms": [["tekak", "tonsil", "telinga", "hidung", "tulang ikan"]]}),
    ("dentistry", {"en": "Dentistry", "zh": "口腔科", "vi": "Răng hàm mặt", "th": "ทันตกรรม", "id": "Gigi", "ms": "Pergigian"},
     {"en": [["tooth", "teeth", "gum"]], "zh": [["牙"]], "vi": [["răng", "nướu", "lợi"]], "th": [["ฟัน", "เหงือก"]], "id": [["gigi", "gusi"]], "ms": [["gigi", "gusi"]]}),
    ("dermatology", {"en": "Dermatology", "zh": "皮肤科", "vi": "Da liễu", "th": "ผิวหนัง", "id": "Kulit", "ms": "Dermatologi"},
     {"en": [["rash", "itch", "skin", "hives", "bites"]], "zh": [["皮疹", "痒", "皮肤", "风团"]], "vi": [["mẩn", "ngứa", "da", "phát ban"]],
      "th": [["ผื่น", "คัน", "ผิว"]], "id": [["ruam", "gatal", "kulit"]], "ms": [["ruam", "gatal", "kulit"]]}),
    ("surgery", {"en": "General surgery / wound care", "zh": "外科", "vi": "Ngoại khoa", "th": "ศัลยกรรม", "id": "Bedah", "ms": "Pembedahan"},
     {"en": [["cut", "wound", "laceration", "burn", "bite", "abdominal", "belly", "stomach pain", "abscess"]], "zh": [["伤口", "割", "烫", "咬", "腹痛", "肚子痛", "脓"]],
      "vi": [["vết thương", "vết cắt", "bỏng", "cắn", "đau bụng", "mủ"]], "th": [["แผล", "บาด", "ไหม้", "กัด", "ปวดท้อง", "หนอง"]],
      "id": [["luka", "teriris", "digigit", "sakit perut", "nyeri perut", "nanah"]], "ms": [["luka", "melecur", "digigit", "sakit perut", "nanah"]]}),
]


def build():
    return {
        "schema": "bagui.departments/1",
        "version": "1.0.0",
        "emergencyAtOrBelowLevel": 2,
        "default": "general_practice",
        "rule": "final level <= emergencyAtOrBelowLevel -> 'emergency'; else the first department (in this order) "
                "with a matching pattern (matching as in red_flags.json); else 'general_practice'",
        "names": {"emergency": {"en": "Emergency department", "zh": "急诊科", "vi": "Cấp cứu", "th": "ห้องฉุกเฉิน",
                                "id": "IGD (gawat darurat)", "ms": "Jabatan kecemasan"},
                  "general_practice": {"en": "General practice / primary care", "zh": "全科 / 普通门诊",
                                       "vi": "Khám bệnh đa khoa", "th": "เวชปฏิบัติทั่วไป", "id": "Poli umum",
                                       "ms": "Klinik am"}},
        "departments": [{"id": i, "names": names, "patterns": expand(p)} for i, names, p in DEPTS],
    }


if __name__ == "__main__":
    d = build()
    for x in d["departments"]:
        d["names"][x["id"]] = x.pop("names")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(d, f, indent=1, ensure_ascii=False)
        f.write("\n")
