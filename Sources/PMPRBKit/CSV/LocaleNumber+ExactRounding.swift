extension LocaleNumber {
    /// What ``printed(_:decimals:)`` writes, for the values that ``roundedDigits(_:decimals:)``
    /// leaves to it (near a half): `value × 10^decimals` computed exactly in 128-bit integers
    /// and rounded as `printf` rounds, to nearest and a tie to even; `nil` for values of 10^12
    /// or more and more than 6 decimals.
    ///
    /// A finite `value` is `significand × 2^exponent` with an integer significand below 2^53,
    /// so `value × 10^decimals` is `significand × 10^decimals` (below 2^73) shifted right by
    /// `-exponent` bits: the bits shifted out are the fraction, compared with one half exactly.
    static func exactlyRoundedDigits(_ value: Double, decimals: Int) -> [UInt8]? {
        guard value.isFinite, decimals >= 0, decimals <= 6, value.magnitude < 1e12 else {
            return nil
        }
        let magnitude = value.magnitude
        let integer: UInt64
        if magnitude < 1e-7 {
            // Below half of the last decimal place of 6.
            integer = 0
        } else {
            let significand = magnitude.significandBitPattern | (1 << 52)
            let exponent = Int(magnitude.exponent) - Double.significandBitCount
            var scale: UInt64 = 1
            for _ in 0..<decimals { scale *= 10 }
            // Below 10^12 < 2^52 the exponent is negative.
            integer = roundedShift(significand.multipliedFullWidth(by: scale), by: -exponent)
        }
        return digits(integer, decimals: decimals, negative: value.sign == .minus)
    }

    /// A 128-bit number shifted right by `shift` bits (1 to 127; at least 74 gives 0), rounded
    /// to nearest with a tie to even; the result must fit 64 bits.
    private static func roundedShift(_ number: (high: UInt64, low: UInt64), by shift: Int)
        -> UInt64
    {
        let (high, low) = number
        guard shift < 128 else { return 0 }
        precondition(shift > 0, "a value below 10^12 has a fraction part")
        // The kept part, and the dropped bits against one half, as (high, low) pairs.
        let whole: UInt64
        let dropped: (UInt64, UInt64)
        let half: (UInt64, UInt64)
        if shift < 64 {
            whole = (shift == 0 ? 0 : high << UInt64(64 - shift)) | (low >> UInt64(shift))
            dropped = (0, low & ((1 << UInt64(shift)) - 1))
            half = (0, 1 << UInt64(shift - 1))
        } else {
            let inHigh = shift - 64
            whole = inHigh == 0 ? high : high >> UInt64(inHigh)
            dropped = (inHigh == 0 ? 0 : high & ((1 << UInt64(inHigh)) - 1), low)
            half = inHigh == 0 ? (0, 1 << 63) : (1 << UInt64(inHigh - 1), 0)
        }
        if dropped > half || (dropped == half && whole & 1 == 1) { return whole + 1 }
        return whole
    }

    /// The digits of `integer` with a point before its last `decimals` digits, at least one
    /// digit before the point, and a `-` first when `negative`.
    static func digits(_ integer: UInt64, decimals: Int, negative: Bool) -> [UInt8] {
        var integer = integer
        // Digits from the last.
        var reversed: [UInt8] = []
        reversed.reserveCapacity(24)
        var written = 0
        repeat {
            if written == decimals && decimals > 0 { reversed.append(UInt8(ascii: ".")) }
            reversed.append(UInt8(ascii: "0") + UInt8(integer % 10))
            integer /= 10
            written += 1
        } while integer > 0 || written <= decimals
        if negative { reversed.append(UInt8(ascii: "-")) }
        return reversed.reversed()
    }
}
