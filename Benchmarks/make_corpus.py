#!/usr/bin/env python3
"""Generates Benchmarks/corpus.jsonl: the benchmark's 1,024 English texts, deterministically.

    python3 Benchmarks/make_corpus.py        # any Python 3.8+, standard library only

Each text is built from sentence templates about the project's domains (sugarcane farming and
milling, EV batteries, clinic visits and complaints) and general topics (weather, travel, food,
finance, software, sport, daily life), with slots filled from word lists. Lengths are drawn from
a log-normal distribution (median about 22 words, long right tail) clipped to 4–120 words, the
shape of short queries, chat messages, reviews and paragraph-sized documents; the script prints
the resulting distribution, which Benchmarks/README.md quotes. Seeded: the output never changes.
"""
import json
import math
import pathlib
import random

N_TEXTS = 1024
MIN_WORDS, MAX_WORDS = 4, 120
SEED = 20240601

SLOTS = {
    "province": ["Khon Kaen", "Udon Thani", "Nakhon Sawan", "Kanchanaburi", "Tay Ninh", "Thanh Hoa",
                 "East Java", "Lampung", "Negros Occidental", "Kampong Speu", "Guangxi", "Sao Paulo"],
    "variety": ["KK3", "LK92-11", "Khon Kaen 3", "Suphanburi 50", "ROC22", "Co 86032", "VMC 86-550"],
    "pest": ["red rot", "smut", "white leaf disease", "stem borers", "white grubs", "mosaic virus"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "chem": ["LFP", "NMC 811", "NMC 622", "NCA", "sodium-ion", "LMFP"],
    "vehicle": ["electric scooter", "city car", "delivery van", "e-bus", "pickup truck", "motorbike taxi"],
    "staff": ["receptionist", "nurse", "doctor", "pharmacist", "cashier", "security guard"],
    "symptom": ["a persistent cough", "back pain", "a high fever", "headaches", "a skin rash",
                "chest tightness", "dizziness", "stomach pain"],
    "city": ["Bangkok", "Hanoi", "Jakarta", "Manila", "Phnom Penh", "Kuala Lumpur", "Chiang Mai",
             "Da Nang", "Surabaya", "Cebu", "Vientiane", "Singapore"],
    "food": ["fried rice", "noodle soup", "green curry", "grilled fish", "spring rolls", "mango sticky rice",
             "banh mi", "satay", "adobo", "papaya salad"],
    "tech": ["the mobile app", "the web dashboard", "the API", "the database", "the search index",
             "the login page", "the payment service", "the sensor gateway"],
    "sport": ["football", "badminton", "volleyball", "running", "cycling", "swimming", "takraw"],
    "adj": ["slow", "reliable", "expensive", "cheap", "confusing", "excellent", "noisy", "crowded",
            "clean", "late", "friendly", "rude", "efficient", "disappointing"],
    "n": [str(x) for x in (2, 3, 4, 5, 7, 8, 10, 12, 15, 18, 20, 25, 30, 40, 45, 60, 90, 120)],
    "pct": [str(x) for x in (3, 5, 8, 10, 12, 15, 18, 20, 25, 30, 35, 40)],
    "price": ["850", "920", "1,000", "1,050", "1,120", "1,200", "1,340"],
}

TEMPLATES = [
    # sugarcane
    "Sugarcane yields in {province} fell by {pct} percent after the rains came late in {month}.",
    "The mill in {province} pays {price} baht per tonne of cane, adjusted for sugar content.",
    "Farmers who plant {variety} report fewer losses from {pest} than with older varieties.",
    "Burning the fields before harvest lowers cane quality and fills the villages with smoke.",
    "Ratoon cane usually yields less than plant cane, so most growers replant every {n} years.",
    "A mechanical harvester can cut about {n} tonnes an hour, but few smallholders can afford one.",
    "How much fertiliser should I apply to sugarcane on sandy soil?",
    "The cooperative shares trucks so members can deliver fresh cane to the mill within a day.",
    "Drip irrigation raised the yield of the test plots in {province} by {pct} percent.",
    "Cane arriving more than {n} hours after cutting loses sucrose and is paid a lower price.",
    # EV batteries
    "The {chem} pack in our {vehicle} kept {pct} percent less range after two winters.",
    "Fast charging above {n} kilowatts heats the cells, so the battery management system limits current.",
    "{chem} cells are cheaper and safer, while nickel-rich cells store more energy per kilogram.",
    "Why does my {vehicle} lose so much range when the air conditioning is on?",
    "The battery warranty covers a drop below {pct} percent of capacity in the first {n} years.",
    "Second-life batteries from old buses now store solar power for a rural clinic in {province}.",
    "Keeping the battery between twenty and eighty percent slows capacity fade considerably.",
    "The charging station in {city} was out of order again on {day}, so I waited {n} minutes for another.",
    "Recycling plants recover lithium, nickel and cobalt from spent {chem} cells.",
    "Thermal runaway in one cell can spread to its neighbours unless the pack is well designed.",
    # clinic complaints
    "I waited {n} minutes at the clinic and nobody told me why.",
    "The {staff} was {adj} when I asked about my test results.",
    "Patient reports {symptom} for {n} days and asks for a follow-up appointment on {day}.",
    "The pharmacy gave my mother the wrong dosage, and we only noticed when we got home.",
    "My appointment on {day} was cancelled without notice after I had travelled {n} kilometres.",
    "The waiting room was {adj} and there were not enough seats for elderly patients.",
    "I was charged twice for the same consultation and the billing office did not answer my calls.",
    "The {staff} explained the treatment clearly and made my father feel at ease.",
    "Can I get a copy of my medical records without coming to the clinic in person?",
    "Please add more staff in the morning, when the queue is longest.",
    # general: weather, travel, food
    "It has been raining in {city} every afternoon since the start of {month}.",
    "The train from {city} to {city} was {n} minutes late but the seats were {adj}.",
    "We had {food} at a small stall near the market and it was {adj}.",
    "Flights to {city} are {pct} percent cheaper if you book before {month}.",
    "The hotel staff were {adj}, and the room was {adj} but a bit small.",
    "Is it safe to drink tap water in {city}?",
    "The night market opens at six and closes around midnight on {day}s.",
    # general: finance, software, sport, daily life
    "The central bank raised interest rates by {n} basis points to slow inflation.",
    "Rice prices rose {pct} percent this year because of the drought.",
    "After the update, {tech} became {adj} and users started to complain.",
    "We fixed a bug in {tech} that made it time out under heavy load.",
    "Our team won the {sport} tournament in {city} after {n} hard-fought matches.",
    "I play {sport} with friends every {day} evening to clear my head.",
    "The school library now lends laptops to students for up to {n} days.",
    "My neighbour's dog barks every night at exactly the same time.",
    "How do I reset my password if I no longer have access to my email?",
    "The new bridge cut the commute from {n} minutes to under half an hour.",
    "Volunteers planted {n} hundred trees along the river on {day}.",
    "Our startup builds low-cost sensors that measure soil moisture and send readings every {n} minutes.",
    "The museum in {city} is free on the first {day} of every month.",
]


def fill(template: str, rng: random.Random) -> str:
    out, i = [], 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.index("}", j)
        out.append(template[i:j])
        out.append(rng.choice(SLOTS[template[j + 1:k]]))
        i = k + 1
    return "".join(out)


def text_of(n_words: int, rng: random.Random) -> str:
    words: list[str] = []
    while len(words) < n_words:
        words += fill(rng.choice(TEMPLATES), rng).split()
    words = words[:n_words]
    text = " ".join(words)
    return text if text[-1] in ".?!" else text.rstrip(",;:") + "."


def main() -> None:
    rng = random.Random(SEED)
    lengths = [min(MAX_WORDS, max(MIN_WORDS, round(rng.lognormvariate(math.log(22), 0.75))))
               for _ in range(N_TEXTS)]
    texts = [text_of(n, rng) for n in lengths]
    path = pathlib.Path(__file__).resolve().parent / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for t in texts:
            f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    s = sorted(len(t.split()) for t in texts)
    q = lambda p: s[min(len(s) - 1, int(p * len(s)))]
    print(f"{len(texts)} texts, words per text: min {s[0]}, p10 {q(.1)}, p25 {q(.25)}, median {q(.5)}, "
          f"p75 {q(.75)}, p90 {q(.9)}, max {s[-1]}, mean {sum(s) / len(s):.1f}, total {sum(s)}")


if __name__ == "__main__":
    main()
