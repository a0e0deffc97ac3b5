import Testing

@testable import PMPRBKit

/// Every item of `zi-2021` and `rb-2014` says what each of its answers means, and a few
/// criteria, checked by hand against their source, say what the source says.
@Suite struct AnswerGuideCoverageTests {
    @Test(arguments: ["zi-2021", "rb-2014"])
    func everyOptionOfEveryItemHasACriterion(id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let items = instrument.nodes.filter { $0.kind == .butir }
        #expect(!items.isEmpty)
        for item in items {
            let guide = try #require(item.guide, "\(id) \(item.code) has no penjelasan")
            let type = try #require(instrument.answerType(of: item))
            switch type.conversion {
            case .options(let options):
                #expect(guide.general == nil, "\(item.code)")
                #expect(guide.entries.map(\.label) == options.map(\.label), "\(item.code)")
                for entry in guide.entries {
                    #expect(entry.text.count >= 2, "\(item.code) \(entry.label)")
                }
            case .scale, .percent:
                #expect(guide.entries.isEmpty, "\(item.code)")
                #expect((guide.general ?? "").count >= 10, "\(item.code)")
            case .count:
                Issue.record("item \(item.code) is a count")
            }
        }
        #expect(instrument.answerGuideWarnings(file: nil).isEmpty)
    }

    @Test func ziItemCountsCoverTheLampiran() throws {
        let instrument = try #require(BuiltinInstruments.instrument("zi-2021"))
        // 87 pemenuhan + 23 reform + 3 hasil items, each with its penjelasan.
        #expect(instrument.nodes.filter { $0.guide != nil }.count == 113)
        let rb = try #require(BuiltinInstruments.instrument("rb-2014"))
        // lkerb.sql table item: 151 items scored in rb-2014.
        #expect(rb.nodes.filter { $0.guide != nil }.count == 151)
    }

    private func criterion(_ id: String, _ code: String, _ label: String) throws -> String {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let guide = try #require(instrument.node(code)?.guide)
        return try #require(guide.text(for: label), "\(id) \(code) \(label)")
    }

    /// PermenPANRB 90/2021 Lamp. III hlm. 71, A.I.3.iii.c: "a. ... kesenjangan ... sebesar
    /// <25%; b. ... >25%-50%; c. ... >50% -75%; d. ... >75%-100%".
    @Test func competenceGapBandsAreExact() throws {
        #expect(try criterion("zi-2021", "A.I.3.iii.c", "A").contains("<25%"))
        #expect(try criterion("zi-2021", "A.I.3.iii.c", "B").contains(">25%-50%"))
        #expect(try criterion("zi-2021", "A.I.3.iii.c", "C").contains(">50%-75%"))
        #expect(try criterion("zi-2021", "A.I.3.iii.c", "D").contains(">75%-100%"))
    }

    /// Hlm. 80, A.I.6.iv.a: survei kepuasan "minimal 4 kali", 3, 2, 1 kali dalam setahun;
    /// e. belum dilakukan.
    @Test func satisfactionSurveyCountsAreExact() throws {
        #expect(try criterion("zi-2021", "A.I.6.iv.a", "A") == "survei kepuasan masyarakat minimal 4 kali setahun")
        #expect(try criterion("zi-2021", "A.I.6.iv.a", "B") == "minimal 3 kali setahun")
        #expect(try criterion("zi-2021", "A.I.6.iv.a", "D") == "minimal 1 kali setahun")
        #expect(try criterion("zi-2021", "A.I.6.iv.a", "E").hasPrefix("belum ada survei"))
    }

    /// Hlm. 81, A.II.1.ii.a: target ZI ada di dokumen perencanaan dan "sebagian besar (diatas
    /// 80%)", "sebagian (diatas 50%)", "sebagian kecil (dibawah 50%)" tercapai.
    @Test func leadershipTargetThresholdsAreExact() throws {
        #expect(try criterion("zi-2021", "A.II.1.ii.a", "A").contains("di atas 80%"))
        #expect(try criterion("zi-2021", "A.II.1.ii.a", "B").contains("di atas 50%"))
        #expect(try criterion("zi-2021", "A.II.1.ii.a", "C").contains("di bawah 50%"))
        #expect(try criterion("zi-2021", "A.II.1.ii.a", "E").hasPrefix("tidak ada target"))
    }

    /// Hlm. 66, A.I.1.i.a: "Ya, jika Tim telah dibentuk di dalam unit kerja"; Tidak is its
    /// negation (the Lampiran prints only the Ya criterion).
    @Test func yesNoItemStatesBothAnswers() throws {
        #expect(try criterion("zi-2021", "A.I.1.i.a", "Ya").contains("telah dibentuk di dalam unit kerja"))
        #expect(try criterion("zi-2021", "A.I.1.i.a", "Tidak") == "tim belum dibentuk")
    }

    /// Hlm. 87, B.I.b: the printed cell ends after criterion d; E says so rather than guess.
    @Test func unprintedCriterionSaysSo() throws {
        #expect(try criterion("zi-2021", "B.I.b", "B").contains("tercapai 100% dan lebih baik"))
        #expect(try criterion("zi-2021", "B.I.b", "E").hasPrefix("tidak tercetak"))
    }

    /// Hlm. 84, A.II.3.iii.a: "(Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah
    /// pelanggaran tahun ini) dibagi Jumlah pelanggaran tahun sebelumnya".
    @Test func percentageItemExplainsItsFormula() throws {
        let instrument = try #require(BuiltinInstruments.instrument("zi-2021"))
        let guide = try #require(instrument.node("A.II.3.iii.a")?.guide)
        #expect(guide.general?.hasPrefix("(Jumlah pelanggaran tahun sebelumnya dikurangi") == true)
        #expect(instrument.node("A.II.3.iii.a")?.provenance.source.hasSuffix("hlm. 84") == true)
    }

    /// lkerb.sql item id 8 (A.1.ii.b): "a. 4 area atau lebih, b. 1-3 area, c. tidak ada";
    /// bobot id 7 and the evaluator workbook: the BPK opinions.
    @Test func rb2014CriteriaFollowTheDatabase() throws {
        #expect(try criterion("rb-2014", "A.1.ii.b", "A") == "4 area atau lebih")
        #expect(try criterion("rb-2014", "A.1.ii.b", "B") == "1-3 area")
        #expect(try criterion("rb-2014", "A.1.ii.b", "C") == "tidak ada")
        #expect(try criterion("rb-2014", "A.5.v.d", "B") == "pengukuran kinerja individu dilakukan secara triwulanan")
        #expect(try criterion("rb-2014", "B.II.b", "WTP-DPP") == "Wajar Tanpa Pengecualian dengan paragraf penjelas")
        #expect(try criterion("rb-2014", "A.3.i.h", "Ya").contains("tumpang tindih fungsi dengan instansi lain"))
    }
}
