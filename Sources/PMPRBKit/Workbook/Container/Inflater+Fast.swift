extension Inflater {
    /// How the fast loop stopped.
    private enum FastStop {
        /// Near the end of the input or of the output: the careful loop goes on.
        case nearEnd
        /// At the block's end code.
        case endOfBlock
        case failed(InflateError)
    }

    /// Decodes a block's symbols while at least 8 input bytes and room for a longest match
    /// (258 bytes) plus 16 remain, so that no symbol there can meet the end of the input or the
    /// output limit: one refill of the bit buffer per symbol (56 bits or more, enough for a
    /// length, its distance and their extra bits), entries that carry base and extra bits, a
    /// second literal taken without a refill, bytes written through the output's pointer and
    /// matches copied in blocks of 16 or 8 bytes where they allow it. A code longer than the
    /// table is read bit by bit as the careful loop reads it. Every other check is the careful
    /// loop's, in its order.
    ///
    /// - Returns: Whether the block's end code was read; if not, the careful loop takes over
    ///   where this one stopped.
    static func fastCodes(
        _ bits: inout BitReader, _ literals: HuffmanCode, _ distances: HuffmanCode,
        into output: inout Output
    ) throws(InflateError) -> Bool {
        guard let input = bits.bytes.baseAddress, let base = output.buffer.baseAddress else {
            return false
        }
        let inputEnd = bits.bytes.count - 8
        let outputEnd = output.buffer.count - 274
        let stop = literals.table.withUnsafeBufferPointer { literalTable in
            distances.table.withUnsafeBufferPointer { distanceTable -> FastStop in
                var stop = FastStop.nearEnd
                var buffer = bits.buffer
                var count = bits.count
                var offset = bits.offset
                var out = output.count
                let literalMask = literals.mask
                let distanceMask = distances.mask
                loop: while offset <= inputEnd && out <= outputEnd {
                    // Whole bytes up to 56 to 63 bits; the bits loaded above them are the
                    // input's next ones, loaded again by the next refill.
                    let word = UnsafeRawPointer(input + offset).loadUnaligned(as: UInt64.self)
                    buffer |= UInt64(littleEndian: word) &<< UInt64(truncatingIfNeeded: count)
                    offset &+= (63 &- count) &>> 3
                    count |= 56
                    guard
                        let entry = symbol(
                            literalTable, literalMask, literals, &buffer, &count, &offset,
                            bits.bytes, &stop)
                    else { break loop }
                    if entry < 0x8000_0000 {
                        base[out] = UInt8(truncatingIfNeeded: entry >> 8)
                        out &+= 1
                        // 41 bits or more are left: a second literal is taken without a
                        // refill; anything else waits for the next turn.
                        let next = literalTable[Int(truncatingIfNeeded: buffer & literalMask)]
                        if next != 0 && next < 0x8000_0000 {
                            buffer &>>= UInt64(truncatingIfNeeded: next & 15)
                            count &-= Int(truncatingIfNeeded: next & 15)
                            base[out] = UInt8(truncatingIfNeeded: next >> 8)
                            out &+= 1
                        }
                        continue
                    }
                    // Base 0: the end code (256) or symbol 286 or 287; lengths start at 3.
                    let lengthBase = Int(truncatingIfNeeded: entry >> 8 & 0x7FFF)
                    guard lengthBase != 0 else {
                        stop = entry >> 23 == 256 ? .endOfBlock : .failed(.invalidSymbol)
                        break
                    }
                    let length = plusExtraBits(lengthBase, of: entry, &buffer, &count)
                    guard
                        let code = symbol(
                            distanceTable, distanceMask, distances, &buffer, &count, &offset,
                            bits.bytes, &stop)
                    else { break loop }
                    // Base 0: distance symbol 30 or 31; distances start at 1.
                    let distanceBase = Int(truncatingIfNeeded: code >> 8 & 0x7FFF)
                    guard distanceBase != 0 else {
                        stop = .failed(.invalidSymbol)
                        break
                    }
                    let distance = plusExtraBits(distanceBase, of: code, &buffer, &count)
                    guard distance <= out else {
                        stop = .failed(.distanceTooFar)
                        break
                    }
                    copy(base + out, distance: distance, length: length)
                    out &+= length
                }
                // Bits above those held back to zero, as the careful reader keeps them.
                bits.buffer = buffer & ((1 &<< UInt64(count)) &- 1)
                (bits.count, bits.offset, output.count) = (count, offset, out)
                return stop
            }
        }
        switch stop {
        case .nearEnd: return false
        case .endOfBlock: return true
        case .failed(let error): throw error
        }
    }

    /// Decodes the next symbol of `code` and consumes its bits: its entry in `table` (the
    /// code's table, indexed by the bits under `mask`), or, for a code longer than the table,
    /// the entry ``long(_:_:_:_:_:_:)`` reads. `nil` when the code does not decode, with `stop`
    /// set to the error.
    @inline(__always)
    private static func symbol(
        _ table: UnsafeBufferPointer<UInt32>, _ mask: UInt64, _ code: HuffmanCode,
        _ buffer: inout UInt64, _ count: inout Int, _ offset: inout Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ stop: inout FastStop
    ) -> UInt32? {
        var entry = table[Int(truncatingIfNeeded: buffer & mask)]
        if entry == 0 {
            guard let decoded = long(code, buffer, count, offset, bytes, &stop) else {
                return nil
            }
            (entry, buffer, count, offset) = decoded
        }
        buffer &>>= UInt64(truncatingIfNeeded: entry & 15)
        count &-= Int(truncatingIfNeeded: entry & 15)
        return entry
    }

    /// A length's or distance's `base` plus the extra bits its table `entry` names (bits 4 to
    /// 7), which it consumes.
    @inline(__always)
    private static func plusExtraBits(
        _ base: Int, of entry: UInt32, _ buffer: inout UInt64, _ count: inout Int
    ) -> Int {
        let extra = UInt64(truncatingIfNeeded: entry >> 4 & 15)
        let value = base &+ Int(truncatingIfNeeded: buffer & ((1 &<< extra) &- 1))
        buffer &>>= extra
        count &-= Int(truncatingIfNeeded: extra)
        return value
    }

    /// Decodes a symbol whose code is longer than `code`'s table, bit by bit, from the reader
    /// in the state given.
    ///
    /// - Returns: The symbol's entry, its code length 0 since it is read, and the reader's
    ///   state; `nil` when the code does not decode, with `stop` set to the error.
    @inline(never)
    private static func long(
        _ code: HuffmanCode, _ buffer: UInt64, _ count: Int, _ offset: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ stop: inout FastStop
    ) -> (UInt32, UInt64, Int, Int)? {
        var reader = BitReader(bytes)
        (reader.buffer, reader.count, reader.offset) = (buffer, count, offset)
        do throws(InflateError) {
            let symbol = try code.decodeLong(&reader)
            let entry = Entry.make(symbol: symbol, length: 0, alphabet: code.alphabet)
            return (entry, reader.buffer, reader.count, reader.offset)
        } catch {
            stop = .failed(error)
            return nil
        }
    }

    /// Copies `length` bytes from `distance` back to `target`: sixteen or eight bytes at a time
    /// when the distance is at least that (each block read is written already), one byte
    /// repeated for distance 1, byte by byte otherwise. May write up to 15 bytes past the match.
    @inline(__always)
    private static func copy(_ target: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        let source = target - distance
        if distance >= 16 {
            var step = 0
            repeat {
                let block = UnsafeRawPointer(source + step).loadUnaligned(as: SIMD16<UInt8>.self)
                UnsafeMutableRawPointer(target + step).storeBytes(of: block, as: SIMD16<UInt8>.self)
                step &+= 16
            } while step < length
        } else if distance >= 8 {
            var step = 0
            repeat {
                let word = UnsafeRawPointer(source + step).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(target + step).storeBytes(of: word, as: UInt64.self)
                step &+= 8
            } while step < length
        } else if distance == 1 {
            let word = UInt64(source[0]) &* 0x0101_0101_0101_0101
            var step = 0
            repeat {
                UnsafeMutableRawPointer(target + step).storeBytes(of: word, as: UInt64.self)
                step &+= 8
            } while step < length
        } else {
            for step in 0..<length { target[step] = source[step] }
        }
    }
}
