extension HelpTopics {
    /// Each topic's title in Indonesian (the English one is in the topic).
    static let indonesianTitles: [String: String] = [
        "let": "variabel", "if": "lakukan sesuatu hanya bila suatu syarat terpenuhi",
        "for": "ulangi untuk setiap baris atau nilai", "fn": "fungsi", "print": "cetak nilai",
        "load": "jalankan skrip lain", "assert": "periksa bahwa sesuatu berlaku",
        "digest": "sidik jari register (SHA-256)", ":help": "bantuan ini",
        ":load": "jalankan skrip di sesi ini", ":save": "simpan sesi ini sebagai skrip",
        ":mode": "format keluaran dan pager", ":undo": "batalkan perintah terakhir Anda",
        ":history": "entri sebelumnya (riwayat)", ":checkpoint": "catat digest",
        ":status": "waktu dan pelaku", ":quit": "keluar",
        "office": "kantor (satuan kerja) itu sendiri", "unit": "unit kerja kantor",
        "role": "peran dalam SOP", "staff": "pegawai",
        "allow": "siapa yang berwenang mengklasifikasikan atau menarik informasi",
        "holiday": "hari libur nasional", "leave": "cuti bersama",
        "option": "jam kerja, cuti bersama dan tahun tanpa hari libur",
        "at": "tetapkan waktu", "wait": "majukan waktu", "as": "siapa yang bertindak (pelaku)",
        "info": "daftarkan item informasi", "update": "ubah kolom suatu informasi",
        "classify": "klasifikasi informasi menurut UU 14/2008", "withdraw": "tarik informasi",
        "import": "impor informasi dari lembar kerja (CSV atau XLSX)",
        "sop": "Standar Operasional Prosedur", "step": "tahap SOP",
        "start": "mulai pelaksanaan SOP", "complete": "selesaikan tahap yang sedang berjalan",
        "approve": "jalur ya pada tahap keputusan", "reject": "jalur tidak pada tahap keputusan",
        "cancel": "batalkan pelaksanaan SOP", "show": "tampilkan register, kueri atau nilai",
        "count": "hitung baris", "export": "tulis register atau pelaksanaan SOP ke berkas",
        "render": "dokumen SOP resmi", "database": "semua register sebagai satu basis data SQLite",
    ]

    /// Words an officer may type for a topic, in Indonesian (`:help klasifikasi` is
    /// `:help classify`). Code words stay English; these only find the topic.
    static let indonesianWords: [String: String] = [
        "kantor": "office", "satker": "office", "satuan_kerja": "office", "unit_kerja": "unit",
        "peran": "role", "pegawai": "staff", "staf": "staff",
        "izin": "allow", "izinkan": "allow", "wewenang": "allow", "kewenangan": "allow",
        "libur": "holiday", "hari_libur": "holiday", "cuti": "leave", "cuti_bersama": "leave",
        "opsi": "option", "pilihan": "option", "jam_kerja": "option",
        "waktu": "at", "jam": "at", "tanggal": "at", "tunggu": "wait", "sebagai": "as", "pelaku": "as",
        "informasi": "info", "ubah": "update", "perbarui": "update", "mutakhirkan": "update",
        "klasifikasi": "classify", "klasifikasikan": "classify", "kategori": "classify",
        "tarik": "withdraw", "penarikan": "withdraw", "cabut": "withdraw",
        "impor": "import", "unggah": "import", "excel": "import", "csv": "import", "xlsx": "import",
        "prosedur": "sop", "tahap": "step", "langkah": "step", "mulai": "start",
        "selesai": "complete", "selesaikan": "complete", "setujui": "approve", "persetujuan": "approve",
        "tolak": "reject", "batalkan": "cancel", "batal": "cancel",
        "tampilkan": "show", "lihat": "show", "hitung": "count", "jumlah": "count",
        "ekspor": "export", "dokumen": "render", "cetak": "print",
        "basis_data": "database", "basisdata": "database", "sqlite": "database",
        "variabel": "let", "jika": "if", "kalau": "if", "bila": "if", "ulang": "for", "untuk": "for",
        "fungsi": "fn", "muat": "load", "pastikan": "assert", "periksa": "assert", "sidik_jari": "digest",
        "bantuan": ":help", "simpan": ":save", "urungkan": ":undo", "riwayat": ":history",
        "titik_periksa": ":checkpoint", "keluar": ":quit",
    ]

    /// Words for the groups of the overview (`:help kalender` lists the calendar topics).
    static let indonesianGroupWords: [String: String] = [
        "organisasi": "organisation", "kalender": "calendar", "jadwal": "calendar",
        "informasi_publik": "information", "kueri": "queries", "keluaran": "queries",
        "skrip": "scripting", "prompt": "prompt", "permohonan_informasi": "requests", "keberatan_dan_sengketa": "objections",
    ]
}
