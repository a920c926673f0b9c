extension HelpTopics {
    /// The statements of requests for information (docs/language.md §19); the `requests`
    /// register itself is `:help requests`.
    static let requestStatements: [Topic] = [
        Topic(name: "request", title: "record a request for information",
              form: "request NAME { from \"...\"; asks \"...\"; purpose \"...\"; FIELD VALUE; ... }",
              example: "info rekap \"Rekap DPT per kecamatan\"\nat 2024-04-01T09:00\nrequest p1 {\n"
                  + "  from \"Budi Santoso\"; asks \"Rekap DPT per kecamatan\"; purpose \"Penelitian\"\n"
                  + "  via e_ppid; wants softcopy; about rekap\n}\nprint p1.number, p1.due   # 001/PPID/IV/2024 2024-04-15 16:00",
              english: "Records a request received now (the clock must be set with `at`). `from`, `asks` and `purpose` are required; "
                  + "optional: `address`, `contact`, `job`, `identity`, `via` (desk, e_ppid, email, letter, fax, phone), "
                  + "`wants` (view, softcopy, hardcopy), `delivery` (pick_up, courier, post, fax, email) and `about` (the items it concerns). "
                  + "It gets the next registration number of the year and is due at the end of working hours of the 10th working day "
                  + "after receipt (UU 14/2008 Pasal 22), or by its `period`'s figure. `show requests` lists them.",
              indonesian: "Mencatat permohonan informasi yang diterima sekarang (waktu harus diatur dengan `at`). `from` (nama pemohon), "
                  + "`asks` (informasi yang diminta) dan `purpose` (tujuan penggunaan) wajib diisi; yang lain pilihan: `address`, `contact`, "
                  + "`job`, `identity`, `via` (desk, e_ppid, email, letter, fax, phone), `wants` (view, softcopy, hardcopy), "
                  + "`delivery` (pick_up, courier, post, fax, email) dan `about` (informasi yang dimohon). Permohonan mendapat nomor "
                  + "registrasi berikutnya dalam tahun itu; tenggatnya akhir jam kerja hari kerja ke-10 setelah diterima "
                  + "(UU 14/2008 Pasal 22), atau menurut `period` yang berlaku. `show requests` menampilkannya."),
        Topic(name: "extend", title: "extend a request's due once",
              form: "extend REQUEST \"REASON\"",
              example: "extend p1 \"Memerlukan waktu untuk menghitamkan bagian yang dikecualikan\"",
              english: "Gives the one written notice of extension, with its reason: the due moves to the 17th working day after receipt "
                  + "(10 + 7, still counted from receipt). Not after the answer, not twice, and not after the due (then answer, late). "
                  + "The status becomes `extended`.",
              indonesian: "Memberikan pemberitahuan tertulis perpanjangan yang hanya sekali, dengan alasannya: tenggat menjadi hari kerja "
                  + "ke-17 setelah permohonan diterima (10 + 7, tetap dihitung sejak diterima). Tidak dapat dilakukan setelah dijawab, "
                  + "dua kali, atau setelah tenggat lewat (jawab saja, terlambat). Statusnya menjadi `extended`."),
        Topic(name: "answer", title: "give the written answer to a request or an objection",
              form: "answer REQUEST grant { form FORM; cost RUPIAH; note \"...\" }\n"
                  + "answer REQUEST partial { given ITEM, ...; withheld \"...\"; basis \"Pasal 17 ...\"; reason \"...\" }\n"
                  + "answer REQUEST refuse { basis \"Pasal 17 ...\"; reason \"...\" }\n"
                  + "answer REQUEST not_held { holder \"...\" }\n"
                  + "answer REQUEST not_documented { ready DATE }\n" + objectionAnswerForm,
              example: "answer p1 grant { form softcopy; cost 0; note \"Dikirim melalui surel\" }\n"
                  + "answer r5 refuse { basis \"Pasal 17 huruf h\"; reason \"Memuat data pribadi\" }\n" + objectionAnswerExample,
              english: "Records the written notice now, once. grant: given in full; partial: given in part, the exempt parts withheld; "
                  + "refuse: refused under Pasal 17; not_held: the office does not hold it (name the `holder`); not_documented: not yet "
                  + "documented (`ready` is when). `refuse` and `partial` need a Pasal 17 basis (by default that of the first exempt "
                  + "item not given); an exempt item cannot be granted. An answer after the due is recorded and marked `late`. "
                  + objectionAnswerEnglish,
              indonesian: "Mencatat pemberitahuan tertulis sekarang, sekali saja. grant: diberikan seluruhnya; partial: diberikan "
                  + "sebagian, bagian yang dikecualikan dihitamkan; refuse: ditolak berdasarkan Pasal 17; not_held: informasi tidak "
                  + "dikuasai (sebutkan `holder`); not_documented: belum didokumentasikan (`ready` kapan siap). `refuse` dan `partial` "
                  + "memerlukan dasar Pasal 17 (bawaannya dasar informasi yang dikecualikan pertama yang tidak diberikan); informasi "
                  + "yang dikecualikan tidak dapat diberikan. Jawaban setelah tenggat tetap dicatat dan ditandai `late`. "
                  + objectionAnswerIndonesian),
        Topic(name: "period", title: "days with their own deadline figures",
              form: "period NAME FROM..TO \"TITLE\" { answer N workdays; extension N workdays; objection N workdays; objection_answer N workdays; dispute N workdays }",
              example: "period pemilihan 2024-05-27..2024-11-27 \"Tahapan Pilkada 2024\" { answer 3 workdays; extension 2 workdays }",
              english: "A request received on a day FROM..TO (inclusive) runs by these figures instead of UU 14/2008's "
                  + "(answer 10, extension 7, objection 30, objection_answer 30, dispute 14 working days); a figure not given keeps "
                  + "the statute's. Periods may not overlap; requests received before the period is declared keep their figures.",
              indonesian: "Permohonan yang diterima pada hari FROM..TO (termasuk keduanya) mengikuti angka ini, bukan angka UU 14/2008 "
                  + "(jawaban 10, perpanjangan 7, keberatan 30, tanggapan Atasan PPID 30, sengketa 14 hari kerja); angka yang tidak "
                  + "diberikan tetap mengikuti undang-undang. Periode tidak boleh tumpang tindih; permohonan yang diterima sebelum "
                  + "periode dideklarasikan tetap memakai angkanya."),
    ]

    /// Each request topic's title in Indonesian.
    static let requestTitles: [String: String] = [
        "request": "catat permohonan informasi", "extend": "perpanjang tenggat permohonan sekali",
        "answer": "berikan jawaban tertulis atas permohonan atau tanggapan atas keberatan", "period": "hari dengan tenggat tersendiri",
    ]

    /// Indonesian words for the request topics (`:help permohonan` is `:help request`).
    static let requestWords: [String: String] = [
        "permohonan": "request", "mohon": "request", "pemohon": "request", "permintaan": "request",
        "perpanjangan": "extend", "perpanjang": "extend", "tenggat": "request",
        "jawaban": "answer", "jawab": "answer", "pemberitahuan": "answer", "pemberitahuan_tertulis": "answer",
        "penolakan": "answer", "tolak_permohonan": "answer",
        "periode": "period", "tahapan": "period", "masa": "period",
    ]

    /// Indonesian words for the registers whose name differs (`:help register_permohonan`).
    static let registerWords: [String: String] = [
        "register_permohonan": "requests", "daftar_permohonan": "requests", "buku_register": "requests",
    ]

    /// The statements that change a register, for the line under its `:help` (the register
    /// and the statements are one subject to the officer).
    static let registerStatements: [String: [String]] = [
        "requests": ["request", "extend", "answer", "period"],
        "objections": ["object", "answer", "dispute", "ruling"],
    ]
}
