# Sourced by the benchmark scripts after they set BUILD_FLAGS and SCRATCH: sets BIN to the
# pmprb binary to measure. PMPRB_BIN names one; otherwise the release build of this package is
# built (unless SKIP_BUILD=1) and its binary taken.
if [[ -n "${PMPRB_BIN:-}" ]]; then
    BIN=$PMPRB_BIN
else
    if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
        swift build -c release "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" >&2
    fi
    BIN=$(swift build -c release "${BUILD_FLAGS[@]}" --scratch-path "$SCRATCH" --show-bin-path)/pmprb
fi
