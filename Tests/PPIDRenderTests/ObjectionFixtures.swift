@testable import PPIDRender

/// Objections to the requests of `RequestFixtures`: a refusal objected to, a request left
/// unanswered, and one still open.
enum ObjectionFixtures {
    static let register = ObjectionRegisterDocument(
        officeName: RequestFixtures.office, officeDetails: ["Kode 3313", "Provinsi Jawa Tengah"], updated: "2024-08-30",
        rows: [
            ObjectionRegisterRow(
                number: "001/KEB/VII/2024", received: "2024-07-24", name: "Rina Kartika",
                address: "Jl. Slamet Riyadi 8, Surakarta", contact: "0813-2222-1111", job: "Wartawan",
                requestNumber: "001/PPID/VII/2024", asks: "Salinan formulir B.1-KWK pendukung pasangan calon",
                purpose: "Bahan pemberitaan",
                grounds: "a. Penolakan atas permintaan informasi berdasarkan alasan pengecualian (Pasal 17): data pendukung sudah diumumkan",
                decision: "Menguatkan keputusan PPID", answered: "2024-07-30T14:00",
                atasanPPID: "Drs. Slamet Riyadi, Sekretaris KPU Kabupaten Karanganyar",
                applicantResponse: "Mengajukan sengketa", dispute: "Komisi Informasi Provinsi Jawa Tengah, 012/REG-PSI/VIII/2024",
                ruling: "Mediasi berhasil"),
            ObjectionRegisterRow(
                number: "002/KEB/VIII/2024", received: "2024-08-19 09:00", name: "Ahmad <script>alert(1)</script> Fauzi",
                address: "Jebres, Surakarta", job: "Mahasiswa", requestNumber: "003/PPID/VII/2024",
                asks: "Notulen rapat pleno", grounds: "c. Tidak ditanggapinya permintaan informasi"),
        ])

    static func answer(_ decision: ObjectionDecision, reasons: String = "Informasi memuat data pribadi pendukung.")
        -> ObjectionAnswerDocument {
        ObjectionAnswerDocument(
            officeName: RequestFixtures.office, officeDetails: RequestFixtures.details, number: "021/PP.06-Kb/3313/2024",
            date: "2024-07-30", city: "Karanganyar", objectionNumber: "001/KEB/VII/2024", objectionReceived: "2024-07-24",
            applicantName: "Rina Kartika", applicantAddress: "Jl. Slamet Riyadi 8, Surakarta",
            applicantContact: "0813-2222-1111", requestNumber: "001/PPID/VII/2024",
            asks: "Salinan formulir B.1-KWK pendukung pasangan calon", purpose: "Bahan pemberitaan",
            grounds: ["a"], objectionReason: "Data pendukung sudah diumumkan di laman KPU.",
            decision: decision, reasons: reasons, commission: "Komisi Informasi Provinsi Jawa Tengah",
            disputeDeadline: "2024-07-19", signerName: "Drs. Slamet Riyadi", signerID: "197002021995031002")
    }

    static let uphold = answer(.uphold)
    static let grant = answer(.grant(ObjectionRelease(form: "softcopy", provision: "2024-08-02")),
                              reasons: "Data pendukung telah diumumkan sehingga tidak lagi dikecualikan.")
    static let partial = answer(.partial(ObjectionRelease(form: "softcopy, hardcopy", provision: "3 hari kerja",
                                                          withheld: "NIK pendukung (Pasal 17 huruf h)")))
}
