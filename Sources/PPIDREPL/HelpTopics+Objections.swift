extension HelpTopics {
    /// The statements of objections and disputes (docs/language.md §20); the Atasan PPID's
    /// answer is part of `:help answer`, the `objections` register itself is `:help objections`.
    static let objectionStatements: [Topic] = [
        Topic(name: "object", title: "file an objection to the Atasan PPID",
              form: "object REQUEST as NAME { ground LETTER, ...; reason \"...\" }",
              example: "at 2024-05-20T09:00\nobject p3 as k1 { ground a; reason \"Penolakan tidak sesuai Pasal 17\" }\n"
                  + "print k1.number, k1.due   # 001/KEB/V/2024 2024-07-05 16:00",
              english: "Files the applicant's objection (keberatan, Pasal 35–36 UU 14/2008) now (the clock must be set with `at`). "
                  + "`ground` is one or more letters of Pasal 35(1) — a: refused under Pasal 17 (a request answered refuse or partial), "
                  + "b: periodic information not provided, c: no response (unanswered past its due), d: not answered as asked, "
                  + "e: not fulfilled, f: an unreasonable cost (a cost above 0), g: late (answered late, or unanswered past its due). "
                  + "The request must be answered or past its due, and is objected to once; the objection is filed within 30 working "
                  + "days of the answer (or of the due when none came). It gets the next number of the year (001/KEB/V/2024) and is due "
                  + "at the end of working hours of the 30th working day after filing. `show objections` lists them.",
              indonesian: "Mencatat keberatan pemohon (Pasal 35–36 UU 14/2008) sekarang (waktu harus diatur dengan `at`). `ground` adalah "
                  + "satu atau lebih huruf alasan Pasal 35 ayat (1) — a: penolakan berdasarkan Pasal 17 (permohonan dijawab refuse atau "
                  + "partial), b: informasi berkala tidak disediakan, c: permintaan tidak ditanggapi (belum dijawab dan melewati tenggat), "
                  + "d: ditanggapi tidak sebagaimana diminta, e: permintaan tidak dipenuhi, f: biaya tidak wajar (biaya di atas 0), "
                  + "g: melebihi jangka waktu (dijawab terlambat, atau belum dijawab melewati tenggat). Permohonan harus sudah dijawab "
                  + "atau melewati tenggat, dan hanya sekali diajukan keberatan; keberatan diajukan paling lambat 30 hari kerja setelah "
                  + "jawaban (atau setelah tenggat bila tidak ada jawaban). Keberatan mendapat nomor berikutnya dalam tahun itu "
                  + "(001/KEB/V/2024); tenggat tanggapan Atasan PPID adalah akhir jam kerja hari kerja ke-30 setelah diajukan. "
                  + "`show objections` menampilkannya."),
        Topic(name: "dispute", title: "record a dispute at the Komisi Informasi",
              form: "dispute OBJECTION { commission \"...\"; number \"...\" }",
              example: "dispute k1 { commission \"Komisi Informasi Provinsi Jawa Tengah\"; number \"012/REG-PSI/VII/2024\" }",
              english: "Records that the applicant took the objection to the Komisi Informasi (sengketa informasi, Pasal 37). "
                  + "`commission` is required, `number` is the commission's register number. It comes after the Atasan PPID's answer, "
                  + "or after that answer's due when none came, and within 14 working days of it; once. The status becomes `disputed`.",
              indonesian: "Mencatat bahwa pemohon mengajukan keberatannya ke Komisi Informasi sebagai sengketa informasi (Pasal 37). "
                  + "`commission` wajib diisi, `number` adalah nomor register sengketa di Komisi Informasi. Diajukan setelah tanggapan "
                  + "Atasan PPID, atau setelah tenggat tanggapan itu bila tidak ada tanggapan, paling lambat 14 hari kerja sesudahnya; "
                  + "hanya sekali. Statusnya menjadi `disputed`."),
        Topic(name: "ruling", title: "record the Komisi Informasi's ruling",
              form: "ruling OBJECTION open { number \"...\"; note \"...\" }\n"
                  + "ruling OBJECTION closed { number \"...\"; note \"...\" }\n"
                  + "ruling OBJECTION partly_open { given ITEM, ...; number \"...\"; note \"...\" }",
              example: "ruling k1 open { number \"012/IX/KIP-PS-A/2024\"; note \"Informasi terbuka\" }",
              english: "Records the commission's ruling on the dispute, which must have been recorded (`dispute`); once. "
                  + "open: the information is public, and every item the request is `about` ends its exemption (it becomes "
                  + "`setiap_saat`, the ruling as the ground in its history); partly_open: only the `given` items; closed: the "
                  + "exemption stands. The status becomes `ruled`.",
              indonesian: "Mencatat putusan Komisi Informasi atas sengketa, yang harus sudah dicatat (`dispute`); hanya sekali. "
                  + "open: informasi terbuka, dan setiap informasi yang dimohon (`about`) berakhir pengecualiannya (menjadi "
                  + "`setiap_saat`, dengan putusan sebagai dasarnya dalam riwayat); partly_open: hanya informasi `given`; closed: "
                  + "informasi tetap dikecualikan. Statusnya menjadi `ruled`."),
    ]

    /// The Atasan PPID's answer to an objection, added to `:help answer` after the request's.
    static let objectionAnswerForm = "answer OBJECTION uphold { reason \"...\"; note \"...\" }\n"
        + "answer OBJECTION grant { reason \"...\"; note \"...\" }\n"
        + "answer OBJECTION partial { given ITEM, ...; reason \"...\"; note \"...\" }"
    static let objectionAnswerExample = "as heru\nanswer k1 uphold { reason \"Informasi memuat data pribadi penyedia\" }"
    static let objectionAnswerEnglish = "To an objection, the Atasan PPID answers once (Pasal 36): uphold keeps the PPID's "
        + "decision and needs written reasons (`reason`); grant overturns it and gives every item the request is `about`; "
        + "partial gives the `given` ones. An exempt item given this way ends its exemption. The person who answered the "
        + "request may not answer its objection: act `as` someone else. Due 30 working days after filing; later it is `late`."
    static let objectionAnswerIndonesian = "Atas keberatan, Atasan PPID memberikan tanggapan sekali saja (Pasal 36): uphold "
        + "menguatkan keputusan PPID dan memerlukan alasan tertulis (`reason`); grant membatalkannya dan memberikan semua "
        + "informasi yang dimohon (`about`); partial memberikan informasi `given`. Informasi yang dikecualikan yang diberikan "
        + "dengan cara ini berakhir pengecualiannya. Orang yang menjawab permohonan tidak dapat menanggapi keberatannya: "
        + "gunakan `as` untuk bertindak sebagai orang lain. Tenggatnya 30 hari kerja setelah diajukan; setelah itu `late`."

    /// Each objection topic's title in Indonesian.
    static let objectionTitles: [String: String] = [
        "object": "ajukan keberatan kepada Atasan PPID", "dispute": "catat sengketa di Komisi Informasi",
        "ruling": "catat putusan Komisi Informasi",
    ]

    /// Indonesian words for the objection topics (`:help keberatan` is `:help object`).
    static let objectionWords: [String: String] = [
        "keberatan": "object", "ajukan_keberatan": "object", "pengajuan_keberatan": "object", "alasan_keberatan": "object",
        "atasan": "answer", "atasan_ppid": "answer", "tanggapan": "answer", "tanggapan_atasan": "answer",
        "tanggapi": "answer", "jawaban_keberatan": "answer",
        "sengketa": "dispute", "sengketa_informasi": "dispute", "komisi": "dispute", "komisi_informasi": "dispute",
        "mediasi": "dispute",
        "putusan": "ruling", "putus": "ruling", "ajudikasi": "ruling", "putusan_komisi": "ruling",
    ]

    /// Indonesian words for the `objections` register (`:help register keberatan`).
    static let objectionRegisterWords: [String: String] = [
        "register_keberatan": "objections", "daftar_keberatan": "objections", "register_sengketa": "objections",
    ]
}
