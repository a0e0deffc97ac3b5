import PMPRBKit

/// "Did you mean" for an unknown subcommand: a typo of a subcommand's name, or an Indonesian
/// word for what it does (the table is in `docs/cli.md`).
enum SubcommandSuggestion {
    /// Indonesian (and a few English) words people type, with the subcommand they mean.
    static let words: [String: String] = [
        "nilai": "score", "skor": "score", "hitung": "score", "menilai": "score",
        "penilaian": "score",
        "bandingkan": "compare", "banding": "compare", "perbandingan": "compare",
        "templat": "template", "kosong": "template",
        "periksa": "validate", "cek": "validate", "validasi": "validate", "check": "validate",
        "gabung": "aggregate", "gabungkan": "aggregate", "agregat": "aggregate",
        "selisih": "diff", "beda": "diff", "perbedaan": "diff",
        "kesenjangan": "gaps", "ratl": "gaps", "celah": "gaps", "rencana": "gaps",
        "buat": "generate", "bangkitkan": "generate", "contoh": "generate",
        "instrument": "instrumen", "roadmap": "peta-jalan", "petajalan": "peta-jalan",
        "proposal": "usulan", "ajukan": "usulan",
    ]

    /// The subcommand meant by `word`, if the word is in the table or close to a name.
    static func suggestion(for word: String, among names: [String]) -> String? {
        let lowered = word.lowercased()
        if let meant = words[lowered] { return meant }
        if let exact = names.first(where: { $0 == lowered }) { return exact }
        let distance = { (name: String) in Suggestion.editDistance(name, lowered) }
        if let near = names.min(by: { distance($0) < distance($1) }),
            distance(near) <= max(2, lowered.count / 3)
        {
            return near
        }
        return names.first { $0.hasPrefix(String(lowered.prefix(3))) }
    }

    /// The usage message for an unknown subcommand.
    static func unknown(_ word: String) -> CommandMessage {
        .unknownSubcommand(word, suggestion: suggestion(for: word, among: commands.map { $0.name }))
    }
}
