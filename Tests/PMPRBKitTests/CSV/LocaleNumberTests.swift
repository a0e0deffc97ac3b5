import Testing

@testable import PMPRBKit

@Suite struct LocaleNumberTests {
    @Test(
        arguments: [
            ("3,29", 3.29, false),
            ("3.29", 3.29, false),
            (" 4 ", 4, false),
            ("75%", 75, true),
            ("75,5 %", 75.5, true),
            ("100 %", 100, true),
            ("1.234,5", 1234.5, false),
            ("1,234.5", 1234.5, false),
            ("1.234.567,89", 1_234_567.89, false),
            ("1.234.567", 1_234_567, false),
            ("1,234", 1.234, false),
            ("-2", -2, false),
            ("-2,50", -2.5, false),
            ("+3", 3, false),
            ("0", 0, false),
            (",5", 0.5, false),
            ("007", 7, false),
            ("\t12,5\u{A0}", 12.5, false),
        ] as [(String, Double, Bool)])
    func parsesNumbersAsTyped(text: String, value: Double, isPercent: Bool) throws {
        let parsed = try #require(LocaleNumber.parse(text))
        #expect(parsed.value == value)
        #expect(parsed.isPercent == isPercent)
    }

    @Test(arguments: [
        "abc", "", " ", "%", "-", "1,2,3", "3,2.1", "1.2,3.4", "12,34.5", "1234,567.8",
        "5,", "5.", "1,,2", "--2", "1e5", "1 234", "nan", "inf", "0x10", "٣", "3,29 abc",
        "75%%", "% 75", "1.234,567,8", ",", "1,234,56",
    ])
    func refusesAnythingElse(text: String) {
        #expect(LocaleNumber.parse(text) == nil)
    }

    @Test(
        arguments: [
            (1234.5, 2, true, "1234,50"),
            (1234.5, 2, false, "1234.50"),
            (-2.5, 2, true, "-2,50"),
            (0, 2, true, "0,00"),
            (-0.001, 2, true, "0,00"),
            (3.29, 1, true, "3,3"),
            (2.6, 0, true, "3"),
            (1_000_000, 2, true, "1000000,00"),
            (0.125, 3, false, "0.125"),
            (7, -1, true, "7"),
            (Double.nan, 2, true, "nan"),
            (-Double.infinity, 2, true, "-inf"),
        ] as [(Double, Int, Bool, String)])
    func formatsWithoutLocale(value: Double, decimals: Int, decimalComma: Bool, text: String) {
        #expect(LocaleNumber.format(value, decimals: decimals, decimalComma: decimalComma) == text)
    }

    @Test func formatDefaultsToTwoDecimalsAndAComma() {
        #expect(LocaleNumber.format(3.29) == "3,29")
    }

    @Test(arguments: [0, 1.5, -2.25, 3.29, 99.99, 1234.5, 1_234_567.25])
    func formattedNumbersParseBack(value: Double) throws {
        for decimalComma in [true, false] {
            let text = LocaleNumber.format(value, decimalComma: decimalComma)
            let parsed = try #require(LocaleNumber.parse(text))
            #expect(abs(parsed.value - value) < 0.005)
            #expect(!parsed.isPercent)
        }
    }
}
