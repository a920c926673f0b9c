@testable import PPIDRender

/// Requests after the examples R1–R3 of the domain notes, and one still open.
enum RequestFixtures {
    static let office = "KPU Kabupaten Karanganyar"
    static let details = ["Jl. Lawu No. 45, Karanganyar 57712", "Telp. (0271) 495123 · ppid@kpu-karanganyarkab.go.id"]

    static let register = RequestRegisterDocument(
        officeName: office, officeDetails: ["Kode 3313", "Provinsi Jawa Tengah"], updated: "2025-02-14",
        rows: [
            RequestRegisterRow(number: "001/PPID/VII/2024", received: "2024-07-17", name: "Rina Kartika",
                               address: "Jl. Slamet Riyadi 8, Surakarta", contact: "0813-2222-1111", job: "Wartawan",
                               asks: "Salinan formulir B.1-KWK pendukung pasangan calon", purpose: "Bahan pemberitaan",
                               infoStatus: "Dikuasai", form: "Hardcopy", kind: "Meminta salinan (hardcopy)",
                               decision: "Ditolak", refusalReason: "Pasal 17 huruf h: memuat data pribadi pendukung",
                               noticeDate: "2024-07-22", cost: "0"),
            RequestRegisterRow(number: "002/PPID/X/2024", received: "2024-10-14", name: "Lembaga Pemantau Jujur",
                               address: "Jl. Pahlawan 3, Karanganyar", contact: "lpj@example.org", job: "LSM",
                               asks: "Kontrak logistik Pilkada 2024, HPS, dan rekening penyedia", purpose: "Pemantauan pengadaan",
                               infoStatus: "Dikuasai", form: "Softcopy", kind: "Meminta salinan (softcopy)",
                               decision: "Diterima sebagian", refusalReason: "Nomor rekening penyedia: Pasal 17 huruf h angka 3",
                               noticeDate: "2024-11-05", cost: "15000"),
            RequestRegisterRow(number: "001/PPID/II/2025", received: "2025-02-03 10:15", name: "Budi <script>alert(1)</script> Santoso",
                               address: "Jl. Lawu 12, Karanganyar", contact: "0812-1234-5678", job: "Mahasiswa",
                               asks: "Rekapitulasi hasil Pilkada 2024 per kecamatan", purpose: "Penelitian skripsi",
                               infoStatus: "Dikuasai", form: "Softcopy", kind: "Meminta salinan (softcopy)",
                               decision: "Diterima seluruhnya", noticeDate: "2025-02-10", cost: "0"),
            RequestRegisterRow(number: "002/PPID/II/2025", received: "2025-02-12", name: "Sri Lestari",
                               address: "Colomadu", job: "Guru", asks: "Daftar TPS Kecamatan Colomadu", purpose: "Sosialisasi"),
        ])

    static func notice(_ outcome: RequestNoticeOutcome, deadline: String = "") -> RequestNoticeDocument {
        RequestNoticeDocument(
            officeName: office, officeDetails: details, number: "015/PP.06-Pb/3313/2024", date: "2024-04-22",
            city: "Karanganyar", applicantName: "Budi Santoso", applicantAddress: "Jl. Lawu 12, Karanganyar",
            applicantContact: "0812-1234-5678", registrationNumber: "001/PPID/IV/2024", received: "2024-04-01 09:30",
            asks: "Rekapitulasi hasil Pemilu 2024 per kecamatan", purpose: "Penelitian skripsi", outcome: outcome,
            objectionDeadline: deadline, atasanPPID: "Sekretaris KPU Kabupaten Karanganyar",
            signerName: "Dwi Haryanto", signerID: "198001012005011001")
    }

    static let grant = notice(.given(RequestNoticeGrant(form: "softcopy", cost: "0", provision: "3 hari kerja",
                                                        note: "Dikirim melalui surel ke alamat pemohon")))
    static let partial = notice(.given(RequestNoticeGrant(
        form: "softcopy, hardcopy", cost: "15000", payment: "Tunai di meja layanan PPID", provision: "2024-04-25",
        withheld: [RequestNoticeWithheld(part: "Nomor rekening penyedia", basis: "Pasal 17 huruf h angka 3",
                                         reason: "Mengungkap keadaan keuangan pihak ketiga"),
                   RequestNoticeWithheld(part: "NIK pejabat penandatangan", basis: "Pasal 17 huruf h")])),
        deadline: "2024-06-06")
    static let refused = notice(.refused(basis: "Pasal 17 huruf h", consequence: "Mengungkap data pribadi pendukung calon"),
                                deadline: "2024-06-06")
    static let notHeld = notice(.notHeld(holder: "Bawaslu Kabupaten Karanganyar"))
    static let notDocumented = notice(.notDocumented(ready: "2025-05-02"))
}
