#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <optional>

namespace sg {

// SHA-256 of data given in pieces, as QCryptographicHash computes it, with the processor's own
// SHA instructions where it has them (Intel since Goldmont and Ice Lake, AMD since Zen): over
// 1 GB/s against Qt's 170 MB/s, and Qt's was most of copying an evidence file into the working
// folder before its import could start (and of the check after it). Elsewhere,
// QCryptographicHash itself.
class Sha256
{
public:
    enum class Engine { Best, Portable };
    explicit Sha256(Engine engine = Engine::Best);

    // Whether this processor has the SHA instructions (Engine::Best then uses them).
    static bool hasShaInstructions();
    bool isAccelerated() const { return !m_portable.has_value(); }

    void addData(QByteArrayView data);
    // The 32 bytes of the digest; the object is finished afterwards.
    QByteArray result();

private:
    std::optional<QCryptographicHash> m_portable;
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_block{};
    qsizetype m_blockFill = 0;
    std::uint64_t m_length = 0; // bytes
};

} // namespace sg
