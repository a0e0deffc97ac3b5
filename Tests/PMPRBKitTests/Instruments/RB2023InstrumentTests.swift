import Foundation
import Testing

@testable import PMPRBKit

/// The Indeks RB instruments under PermenPANRB 9/2023 (weights of the 2023 LKE), and their
/// synthetic example worksheets scored against values computed by hand.
@Suite struct RB2023InstrumentTests {
    static let ids = ["rb-2023-kl", "rb-2023-provinsi", "rb-2023-kabkota"]

    static func example(_ name: String, _ id: String) throws -> (Instrument, Worksheet) {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        let url = BuiltinInstrumentFileTests.root.appendingPathComponent("worksheets/\(name)")
        let worksheet = try Worksheet(
            csv: try Data(contentsOf: url), file: name, instrument: instrument)
        return (instrument, worksheet)
    }

    /// Every line at its maximum, the coefficient 0.
    static func best(_ instrument: Instrument) -> Worksheet {
        var answers: [String: Worksheet.Answer] = [:]
        for node in instrument.nodes where node.kind == .butir {
            switch instrument.answerType(of: node)?.bestAnswer {
            case .option(let label)?: answers[node.code] = .option(label)
            case .number(let number)?: answers[node.code] = .number(number)
            default: break
            }
        }
        answers["K.1"] = .number(0)
        return Worksheet(instrumentID: instrument.id, answers: answers)
    }

    @Test(arguments: zip(ids, [10.0, 20, 20]))
    func everyLineAtItsMaximumGives100PlusTematik(id: String, tematik: Double) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        // General A 10 + B 40 + C 50 = 100 (the instrument refuses anything else), Tematik
        // 10 (K/L) or 20 (Pemda): the declared maximum 110 or 120.
        #expect(instrument.declaredTotal == 100 + tematik)
        let card = instrument.score(Self.best(instrument))
        #expect(approximately(card.index?.adjustedGeneral ?? 0, 100))
        #expect(approximately(card.index?.thematicTotal ?? 0, tematik))
        #expect(approximately(card.total, 100 + tematik))
        #expect(card.band?.grade == "AA")
    }

    @Test(arguments: ids)
    func everyLineCitesItsSourceAndUncertainNumbersAreMarked(id: String) throws {
        let instrument = try #require(BuiltinInstruments.instrument(id))
        for node in instrument.nodes {
            #expect(node.provenance.source.contains("Portal RB")
                || node.provenance.source.contains("PermenPANRB"), "\(node.code)")
        }
        for assumption in instrument.assumptions {
            #expect(assumption.assumptionID != nil, "\(assumption.note)")
        }
        // The Opini BPK coding is inferred, and the AA boundary at exactly 100 is uncertain.
        #expect(instrument.answerTypes.first { $0.id == "opini" }?.provenance.isAssumption == true)
        #expect(instrument.bands.first?.grade == "AA")
        #expect(instrument.bands.first?.provenance.assumptionID == "ASM-43")
    }

    @Test func kementerianExampleIsAMinusBecauseOneLineMissesItsTarget() throws {
        let (instrument, worksheet) = try Self.example("contoh-kementerian-rb-2023-kl.csv", "rb-2023-kl")
        let card = instrument.score(worksheet)
        let index = try #require(card.index)
        // A: A.1 = 2,4/3 × 3 = 2,40; A.2 = 80/100 × 7 × (2,4/3 = 0,8) = 4,48 → 6,88.
        #expect(approximately(card.points("A"), 6.88))
        // B: 1,60 + 1,60 + 2,40 + 2,00 + 3,00 + (B.6 TB) + 1,40 + 1,40 + 1,80 + 1,50 + 1,35
        //    + 1,05 + 1,20 + 0,90 + 1,60 + 300/410 × 4 (2,926829) + 1,20 + 1,275 = 28,201829.
        #expect(approximately(card.points("B"), 28.201829))
        // C: 7,20 + 2,85 + C.3 90/100 × 7 × (Nilai SAKIP 75/100) 4,725 + WTP 5 + 3,60 + 3,20
        //    + 8,50 + 6,80 = 41,875.
        #expect(approximately(card.points("C.3"), 4.725))
        #expect(approximately(card.points("C"), 41.875))
        // General 76,956829; coefficient −1; B.6 (2) does not apply: applicable 98.
        // Adjusted = 75,956829 / 98 × 100 = 77,507, Tematik = 1,4 + 1,2 + 0,7 + 2,0 + 0 = 5,3.
        #expect(index.coefficient == -1)
        #expect(approximately(index.applicableWeight, 98))
        #expect(approximately(index.adjustedGeneral, 75.956829 / 98 * 100))
        #expect(approximately(index.thematicTotal, 5.3))
        // Index = 82,807: A's range, but B.2 (4) is below its target 4,01 → A−.
        #expect(approximately(card.total, 75.956829 / 98 * 100 + 5.3))
        #expect(card.band?.grade == "A-")
        #expect(index.missedTargets.map(\.code) == ["B.2"])
        #expect(index.notApplicable == ["B.6"])
    }

    @Test func kementerianExampleIsAOnceTheTargetIsMet() throws {
        let (instrument, worksheet) = try Self.example("contoh-kementerian-rb-2023-kl.csv", "rb-2023-kl")
        var raised = worksheet
        raised.entries["B.2"]?.answer = .number(4.01)
        let card = instrument.score(raised)
        // B.2 = 4,01/5 × 2 = 1,604 (+0,004): index = 75,960829 / 98 × 100 + 5,3 = 82,811 → A.
        #expect(approximately(card.total, 75.960829 / 98 * 100 + 5.3))
        #expect(card.band?.grade == "A")
    }

    @Test func provinsiExampleIsAAWithTheCapaianTimesRencanaAksiMultiplier() throws {
        let (instrument, worksheet) = try Self.example("contoh-provinsi-rb-2023-provinsi.csv", "rb-2023-provinsi")
        let card = instrument.score(worksheet)
        let index = try #require(card.index)
        // A = 3 + 7 = 10. B = 3 + 3,2 + 3 + 3,4 + 2,25 + 1,6 + 2,25 + 2,5 + 1,8 + 1,8 + 1,6
        //   + 2,375 + 380/410 × 4 (3,707317) + 2 + 2 = 36,482317.
        // C = 9 + 4 + 6 + 5 + 4 + 3,6 + 9 + 7,2 = 47,8. General = 94,282317; +1,5 → 95,782317.
        #expect(approximately(card.points("B"), 36.482317))
        #expect(approximately(index.adjustedGeneral, 95.782317))
        // Tematik per theme = rencana aksi × 0,4 + capaian × 0,6 × rencana aksi + dampak × 3:
        // T.1 0,4 + 0,48 + 2,7 = 3,58; T.2 0,2 + 0,3 + 1,8 = 2,3; T.3 4; T.4 0,32 + 0,24
        // + 1,2 = 1,76; T.5 0 + (capaian 100 × rencana aksi 0) 0 + 0,6 = 0,6 → 12,24.
        #expect(approximately(card.points("T.5.b"), 0))
        #expect(approximately(card.points("T.4"), 1.76))
        #expect(approximately(index.thematicTotal, 12.24))
        // Index = 108,022317, above 100 → AA.
        #expect(approximately(card.total, 108.022317))
        #expect(card.band?.grade == "AA")
    }

    @Test func kabupatenExampleRescalesOverTheLinesThatApply() throws {
        let (instrument, worksheet) = try Self.example("contoh-kabupaten-rb-2023-kabkota.csv", "rb-2023-kabkota")
        let card = instrument.score(worksheet)
        let index = try #require(card.index)
        // A = 1,5 + 60/100 × 7 × 0,5 = 3,6. B = 1,8 + 1,6 + 1,75 + 2,48 + 1,5 + 1,375 + (B.7 TB)
        //   + 1,5 + 1,75 + 1,0 + 1,5 + 2,0 + 1,2 + 1,4 = 20,855.
        // C = 3,6 + 3,2 + 4,2 + WDP 5 × 2/3 (3,333333) + 2,4 + 2,8 + 7,2 + 6,0 = 32,733333.
        // General 57,188333; coefficient −2; applicable 100 − 2,5 = 97,5.
        // Adjusted = 55,188333 / 97,5 × 100 = 56,603419. Tematik = 0,95 + 0,94 + 0 + 1,75 + 4
        // = 7,64. Index = 64,243419 → B.
        #expect(approximately(card.points("B"), 20.855))
        #expect(approximately(card.points("C"), 32.733333))
        #expect(approximately(index.applicableWeight, 97.5))
        #expect(approximately(index.adjustedGeneral, 55.188333 / 97.5 * 100))
        #expect(approximately(index.thematicTotal, 7.64))
        #expect(approximately(card.total, 55.188333 / 97.5 * 100 + 7.64))
        #expect(card.band?.grade == "B")
    }

    /// `compare` summarises without a score card; for lines marked TB and the coefficient the
    /// two must agree.
    @Test(arguments: [
        ("contoh-kementerian-rb-2023-kl.csv", "rb-2023-kl"),
        ("contoh-provinsi-rb-2023-provinsi.csv", "rb-2023-provinsi"),
        ("contoh-kabupaten-rb-2023-kabkota.csv", "rb-2023-kabkota"),
    ])
    func summaryAgreesWithTheScoreCard(name: String, id: String) throws {
        let (instrument, worksheet) = try Self.example(name, id)
        let card = instrument.score(worksheet)
        #expect(instrument.summary(worksheet, file: name) == UnitSummary(card: card, file: name))
        #expect(card.unansweredCount == 0)
    }

    @Test func strategiPelaksanaanGivesTheRencanaAksiLine() throws {
        let (instrument, worksheet) = try Self.example(
            "contoh-kementerian-rb-2023-strategi.csv", "rb-2023-strategi")
        let card = instrument.score(worksheet)
        // Kegiatan utama: (A 1 + B 0,75 + Ya 1) / 3 = 0,916667 × 1,5 = 1,375.
        // Rencana aksi: (A 1 + C 0,5 + D 0,25 + Tidak 0) / 4 = 0,4375 × 1,5 = 0,65625.
        // Total 2,03125: the value of line A.1 (0-3) of the rb-2023 instruments.
        #expect(approximately(card.points("A.1"), 1.375))
        #expect(approximately(card.points("A.2"), 0.65625))
        #expect(approximately(card.total, 2.03125))
        #expect(instrument.assumptions.map(\.assumptionID) == ["ASM-52"])
    }
}
