import Testing

@testable import PMPRBKit

/// A template that is all ASCII is filled on its bytes (`MessageCatalogue.filledASCII`), and
/// gives what filling it by `Character` gives (decision 0021).
@Suite struct MessageFillTests {
    static let values = ["satu", "é", "e\u{301}", "{1}", "", "6", "7", "8", "9", "10", "11"]

    @Test func everyTemplateOfTheCataloguesFillsAsByCharacters() {
        var ascii = 0
        for texts in Array(MessageCatalogue.texts.values) + Array(MessageCatalogue.labels.values) {
            for template in [texts.indonesian, texts.english] {
                for count in [0, 1, 3, Self.values.count] {
                    let values = Array(Self.values.prefix(count))
                    let expected = MessageCatalogue.filledByCharacters(template, values)
                    #expect(MessageCatalogue.fill(template, values) == expected, "\(template)")
                    if let filled = MessageCatalogue.filledASCII(template, values) {
                        #expect(filled == expected, "\(template)")
                        ascii += 1
                    }
                }
            }
        }
        // Most templates are ASCII, so the byte path is the one taken.
        #expect(ascii > 1_000)
    }

    static let templates = [
        "", "no braces", "{1}", "{0}", "{12}", "{01}", "{1", "{}", "{{1}}", "x{1}y{2}z{3}",
        "{12345678901234567890}", "{99999999999}", "{1}{1}{11}", "{ 1}", "{1 }", "}{", "{-1}",
        "{1}}", "{{", "a{", "{2}{3}{4}{5}", "tab\t{1}\r\n{2}",
    ]

    @Test(arguments: templates)
    func bracesDigitsAndTheirEdgesFillAsByCharacters(template: String) throws {
        for count in [0, 1, 2, 11] {
            let values = Array(Self.values.prefix(count))
            let filled = try #require(MessageCatalogue.filledASCII(template, values))
            #expect(filled == MessageCatalogue.filledByCharacters(template, values))
        }
    }

    /// Not ASCII: a combining mark after a brace joins it into another character, so that
    /// `{1}\u{301}` is no placeholder; such templates are filled by `Character`.
    @Test func otherTemplatesAreFilledByCharacters() {
        for template in ["é {1}", "{1}\u{301}", "{\u{301}1}", "≥ {1}"] {
            #expect(MessageCatalogue.filledASCII(template, ["x"]) == nil)
        }
        #expect(MessageCatalogue.fill("{1}\u{301}", ["x"]) == "{1}\u{301}")
        #expect(MessageCatalogue.fill("≥ {1}", ["x"]) == "≥ x")
    }
}
