#include "EventStore.h"

#include "EventFormat.h"
#include "common/Log.h"
#include "common/JsonWriter.h"

#include <QDateTime>
#include <QHash>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>
#include <deque>
#include <numeric>
#include <optional>
#include <string_view>

namespace syncdesk {

namespace {

// Events per compression block. 512 typical events are ~450 kB raw, ~80 kB compressed: big enough
// for zlib to find the repetition between events (keys, header names, ids), small enough that
// opening one event in the detail pane inflates in about a millisecond.
constexpr qsizetype kBlockEvents = 512;

// Summaries are mostly unique (phone numbers, engagement ids), so interning them would grow without
// bound. They live in the block of their event instead; the record's id says "ask the block" and
// carries the low 31 bits of the seq, which identify the event among the ≤ 2^31 held ones.
constexpr quint32 kLocalSummaryBit = 0x8000'0000u;
constexpr quint32 kLocalSummaryMask = 0x7fff'ffffu;

// Below this many records a single thread beats the cost of handing work to the pool.
constexpr qsizetype kParallelFilterThreshold = 100'000;

// ---- byte encoding of sealed blocks

void putU32(QByteArray& out, quint32 v)
{
    const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
    out.append(b, 4);
}

quint32 getU32(const char* p)
{
    const auto* u = reinterpret_cast<const uchar*>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

void putVarint(QByteArray& out, quint32 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

// Reads a varint at p (bounded by end); false when truncated.
bool getVarint(const char*& p, const char* end, quint32& v)
{
    v = 0;
    for (int shift = 0; shift < 35 && p < end; shift += 7) {
        const auto b = uchar(*p++);
        v |= quint32(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// Header values are mostly random lowercase hex (x-zm-signature, request ids, traceparent). In a
// deflate stream shared with text each hex digit costs 5–6 bits; packed it costs 4. A run of at
// least 16 lowercase hex digits becomes 0x01, byte count, bytes; a literal 0x01/0x02 is escaped
// with 0x02. Everything else is copied. Lossless for any bytes.
constexpr char kHexRun = 0x01;
constexpr char kEscape = 0x02;

void packValue(QByteArray& out, QByteArrayView v)
{
    const char* p = v.data();
    const qsizetype n = v.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype run = 0;
        while (i + run < n && isLowerHex(p[i + run]))
            ++run;
        if (run >= 16) {
            run = std::min<qsizetype>(run & ~qsizetype(1), 2 * 255);
            out.append(kHexRun);
            out.append(char(run / 2));
            for (qsizetype k = 0; k < run; k += 2) {
                auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
                out.append(char(nibble(p[i + k]) << 4 | nibble(p[i + k + 1])));
            }
            i += run;
            continue;
        }
        // Copy the short hex run (if any) and the next non-hex byte as they are.
        for (const qsizetype stop = std::min(n, i + run + 1); i < stop; ++i) {
            if (p[i] == kHexRun || p[i] == kEscape)
                out.append(kEscape);
            out.append(p[i]);
        }
    }
}

bool unpackValue(QByteArrayView packed, QByteArray& out)
{
    static const char hex[] = "0123456789abcdef";
    const char* p = packed.data();
    const char* end = p + packed.size();
    out.clear();
    out.reserve(packed.size() * 2);
    while (p < end) {
        if (*p == kHexRun) {
            if (end - p < 2)
                return false;
            const int bytes = uchar(p[1]);
            p += 2;
            if (end - p < bytes)
                return false;
            for (int k = 0; k < bytes; ++k, ++p) {
                out.append(hex[uchar(*p) >> 4]);
                out.append(hex[uchar(*p) & 0xf]);
            }
        } else if (*p == kEscape) {
            if (end - p < 2)
                return false;
            out.append(p[1]);
            p += 2;
        } else {
            out.append(*p++);
        }
    }
    return true;
}

// ---- text search

// Where to anchor the search in the needle: one memchr finds candidates, so a byte that has no
// other case and is rare in summaries (punctuation, then digits) beats a letter.
qsizetype searchAnchor(const QByteArray& lowerNeedle)
{
    qsizetype digit = -1;
    for (qsizetype i = 0; i < lowerNeedle.size(); ++i) {
        const char c = lowerNeedle.at(i);
        if (c >= 'a' && c <= 'z')
            continue;
        if (c >= '0' && c <= '9') {
            if (digit < 0)
                digit = i;
            continue;
        }
        if (c != ' ')
            return i;
    }
    return digit < 0 ? 0 : digit;
}

bool containsAsciiCaseInsensitive(const char* h, qsizetype hn, const QByteArray& lowerNeedle, qsizetype anchor)
{
    const qsizetype nn = lowerNeedle.size();
    if (nn == 0)
        return true;
    if (hn < nn)
        return false;
    const char* n = lowerNeedle.constData();
    const char a = n[anchor];
    const char aUpper = (a >= 'a' && a <= 'z') ? char(a - 32) : a;
    const char* p = h + anchor;
    const char* const end = h + (hn - nn) + anchor + 1; // one past the last possible anchor position
    while (p < end) {
        // memchr is vectorised; a byte loop over a million summaries is what made text filters slow.
        const auto* lower = static_cast<const char*>(std::memchr(p, a, size_t(end - p)));
        const auto* upper =
            aUpper == a ? nullptr : static_cast<const char*>(std::memchr(p, aUpper, size_t(end - p)));
        const char* at = !lower ? upper : !upper ? lower : std::min(lower, upper);
        if (!at)
            return false;
        const char* start = at - anchor;
        qsizetype k = 0;
        for (; k < nn; ++k) {
            char x = start[k];
            if (x >= 'A' && x <= 'Z')
                x = char(x + 32);
            if (x != n[k])
                break;
        }
        if (k == nn)
            return true;
        p = at + 1;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------

class EventStore::Private
{
public:
    // kBlockEvents consecutive events. While open, bodies are one byte array and headers are kept
    // as received (their bytes shared with the RawEvent). Once full the block is sealed into two
    // zlib streams, because bodies (JSON) and headers (mostly random hex) compress best apart:
    //   bodies:  u32 n, u32 bodyEnd[n], the bodies
    //   headers: name table (u8 count, then u8 length + name), per event varint count + u8 name
    //            indices, then per name all its values in event order (varint length + packed value)
    // Headers are columnar because values of one header resemble each other more than the values
    // next to them.
    struct Block
    {
        quint64 firstSeq = 0;
        bool sealed = false;
        QByteArray bodies;               // open only
        std::vector<quint32> bodyEnds;   // open only
        std::vector<HeaderList> headers; // open only
        QByteArray packedBodies;         // sealed only
        QByteArray packedHeaders;        // sealed only
        // Summaries stay uncompressed (the text filter reads them), each distinct one once per
        // block: presence summaries repeat all the time, and a call's events share theirs.
        QByteArray summaries;                     // distinct UTF-8 strings, concatenated
        std::vector<quint32> summaryEnds;         // end offset of each distinct string
        std::vector<quint16> summaryOf;           // per event: 1-based index into them, 0 = none
        QHash<QByteArray, quint16> openSummaries; // open only: string → index, for deduplication

        qsizetype events() const { return qsizetype(summaryOf.size()); }
        QByteArrayView distinctSummary(quint16 oneBased) const
        {
            const quint32 begin = oneBased > 1 ? summaryEnds[oneBased - 2] : 0;
            return QByteArrayView(summaries.constData() + begin, summaryEnds[oneBased - 1] - begin);
        }
    };

    explicit Private(EventStore* q, qsizetype capacity) : q(q), capacity(std::max<qsizetype>(1, capacity))
    {
        // Reserved once: growing a 56 MB vector by doubling would copy it and leave the old buffer
        // in the heap. Untouched pages cost no RSS.
        ring.reserve(size_t(this->capacity));
        strings.emplace_back();
        stringRefs.push_back(0);
        accountIds.push_back(0);
    }

    EventStore* q;
    const qsizetype capacity;
    std::vector<EventRecord> ring;
    qsizetype head = 0; // physical index of the oldest record once the ring is full
    qsizetype count = 0;
    quint64 firstSeq = 1;
    quint64 nextSeq = 1;

    // Interned strings (user ids, e-mails, names, event names) with a count of the held records
    // that use them: an evicted record gives its strings back, and an id nobody uses is freed and
    // reused, so memory follows what is held, not everything ever seen (2.5 million distinct users
    // through a store of a million must not keep 2.5 million names).
    QHash<QString, quint32> stringIds;
    std::vector<QString> strings;    // [0] = ""; freed slots hold a null QString
    std::vector<quint32> stringRefs; // per id: records (and accounts) using it
    std::vector<quint32> freeIds;
    qint64 stringBytes = 0;          // UTF-16 bytes of the live strings
    std::vector<quint32> accountIds; // EventRecord::account → interned id; [0] = none
    QHash<quint32, quint16> accountIndex;

    std::deque<Block> blocks;
    // One decompressed block each for bodies and headers: the detail pane and exports read
    // neighbouring events, so the next request is usually served without inflating again.
    mutable quint64 bodyCacheSeq = 0; // firstSeq of the cached block, 0 = none
    mutable QByteArray bodyCache;
    mutable quint64 headerCacheSeq = 0;
    mutable std::vector<HeaderList> headerCache;
    // The open block's body buffer is handed to the next one. Allocating and freeing half a
    // megabyte per block leaves holes between the long-lived compressed blocks that the allocator
    // cannot give back; reusing it keeps RSS close to what is held.
    QByteArray spareBodies;
    QByteArray sealBuffer;

    qsizetype pendingAppended = 0;
    qsizetype pendingEvicted = 0;
    qsizetype announced = 0; // how many rows the listeners know about
    bool flushScheduled = false;

    qsizetype physical(qsizetype index) const
    {
        qsizetype p = head + index;
        if (p >= qsizetype(ring.size()))
            p -= qsizetype(ring.size());
        return p;
    }

    quint32 intern(const QString& s)
    {
        if (s.isEmpty())
            return 0;
        const auto it = stringIds.constFind(s);
        if (it != stringIds.cend()) {
            ++stringRefs[it.value()];
            return it.value();
        }
        quint32 id;
        if (!freeIds.empty()) {
            id = freeIds.back();
            freeIds.pop_back();
            strings[id] = s;
            stringRefs[id] = 1;
        } else {
            id = quint32(strings.size());
            strings.push_back(s);
            stringRefs.push_back(1);
        }
        stringIds.insert(s, id);
        stringBytes += s.size() * 2;
        return id;
    }

    void release(quint32 id)
    {
        if (!id || --stringRefs[id] != 0)
            return;
        stringIds.remove(strings[id]);
        stringBytes -= strings[id].size() * 2;
        strings[id] = QString();
        freeIds.push_back(id);
    }

    void releaseStrings(const EventRecord& r)
    {
        release(r.userId);
        release(r.email);
        release(r.userName);
        release(r.peerUserId);
        release(r.eventName);
    }

    // Accounts keep their string for the store's lifetime (at most 65,535, and one in practice).
    quint16 internAccount(const QString& account)
    {
        const quint32 id = intern(account);
        if (!id)
            return 0;
        const auto it = accountIndex.constFind(id);
        if (it != accountIndex.cend()) {
            release(id); // the account's own reference is enough
            return it.value();
        }
        // Subscriptions are per account; 65,535 of them in one monitor would be a bug elsewhere.
        if (accountIds.size() > 0xffff) {
            release(id);
            return 0;
        }
        const auto index = quint16(accountIds.size());
        accountIds.push_back(id);
        accountIndex.insert(id, index);
        return index;
    }

    quint32 accountString(quint16 account) const
    {
        return account < accountIds.size() ? accountIds[account] : 0;
    }

    const Block* blockFor(quint64 seq) const
    {
        if (blocks.empty() || seq < blocks.front().firstSeq)
            return nullptr;
        const auto i = size_t((seq - blocks.front().firstSeq) / kBlockEvents);
        return i < blocks.size() ? &blocks[i] : nullptr;
    }

    QByteArrayView summaryBytes(quint64 seq) const
    {
        const Block* b = blockFor(seq);
        if (!b)
            return {};
        const auto slot = qsizetype(seq - b->firstSeq);
        if (slot >= b->events() || b->summaryOf[size_t(slot)] == 0)
            return {};
        return b->distinctSummary(b->summaryOf[size_t(slot)]);
    }

    Block& openBlock()
    {
        if (blocks.empty() || blocks.back().events() == kBlockEvents) {
            if (!blocks.empty())
                seal(blocks.back());
            Block& b = blocks.emplace_back();
            b.firstSeq = nextSeq;
            b.bodies.swap(spareBodies);
            b.bodyEnds.reserve(kBlockEvents);
            b.headers.reserve(kBlockEvents);
            b.summaryOf.reserve(kBlockEvents);
        }
        return blocks.back();
    }

    // qCompress allocates for the worst case and only shrinks the size; an exact copy lets the big
    // buffer go at once instead of living on as the block's capacity.
    static QByteArray compressExact(const QByteArray& plain)
    {
        const QByteArray packed = qCompress(plain, 6);
        return QByteArray(packed.constData(), packed.size());
    }

    void seal(Block& b)
    {
        const auto n = quint32(b.bodyEnds.size());
        QByteArray& plain = sealBuffer;
        plain.resize(0); // keeps the capacity
        putU32(plain, n);
        for (quint32 e : b.bodyEnds)
            putU32(plain, e);
        plain.append(b.bodies);
        b.packedBodies = compressExact(plain);

        plain.resize(0);
        QList<QByteArray> names;
        QByteArray schema;
        std::vector<std::vector<const QPair<QByteArray, QByteArray>*>> columns(256);
        for (const HeaderList& list : b.headers) {
            const qsizetype count = list.size();
            putVarint(schema, quint32(count));
            for (qsizetype i = 0; i < count; ++i) {
                qsizetype at = names.indexOf(list[i].first);
                if (at < 0 && names.size() < 255 && list[i].first.size() <= 255) {
                    at = names.size();
                    names.append(list[i].first);
                }
                // More than 255 distinct names (or a name longer than 255) in one block: the
                // header goes under index 255, with its name as a value in that column.
                const int column = at < 0 ? 255 : int(at);
                schema.append(char(column));
                columns[size_t(column)].push_back(&list[i]);
            }
        }
        plain.append(char(names.size()));
        for (const QByteArray& name : names) {
            plain.append(char(name.size()));
            plain.append(name);
        }
        plain.append(schema);
        QByteArray value;
        for (int column = 0; column <= 255; ++column) {
            for (const auto* header : columns[size_t(column)]) {
                if (column == 255) {
                    putVarint(plain, quint32(header->first.size()));
                    plain.append(header->first);
                }
                value.resize(0);
                packValue(value, header->second);
                putVarint(plain, quint32(value.size()));
                plain.append(value);
            }
        }
        b.packedHeaders = compressExact(plain);

        b.bodies.resize(0);
        spareBodies.swap(b.bodies);
        b.bodies = QByteArray();
        // Swapped with empty ones: "v = {}" would pick the initializer-list assignment, which keeps
        // the capacity (12 kB per block, 24 MB per million events).
        std::vector<quint32>().swap(b.bodyEnds);
        std::vector<HeaderList>().swap(b.headers);
        b.openSummaries = QHash<QByteArray, quint16>();
        b.sealed = true;
        b.summaries.squeeze();
        b.summaryEnds.shrink_to_fit();
    }

    static bool decodeHeaders(const QByteArray& plain, std::vector<HeaderList>& out)
    {
        const char* p = plain.constData();
        const char* end = p + plain.size();
        if (p == end)
            return false;
        const int nameCount = uchar(*p++);
        QList<QByteArray> names;
        for (int i = 0; i < nameCount; ++i) {
            if (p == end)
                return false;
            const int len = uchar(*p++);
            if (end - p < len)
                return false;
            names.append(QByteArray(p, len));
            p += len;
        }
        // Schemas first: how many headers each event has and under which name.
        struct Slot
        {
            quint32 event;
            quint32 position; // among the event's headers
        };
        std::vector<std::vector<Slot>> byColumn(256);
        out.assign(out.size(), {});
        for (size_t e = 0; e < out.size(); ++e) {
            quint32 count = 0;
            if (!getVarint(p, end, count) || quint32(end - p) < count)
                return false;
            out[e].resize(count);
            for (quint32 i = 0; i < count; ++i)
                byColumn[uchar(p[i])].push_back({quint32(e), i});
            p += count;
        }
        QByteArray value;
        for (int column = 0; column <= 255; ++column) {
            for (const Slot& slot : byColumn[size_t(column)]) {
                quint32 len = 0;
                QByteArray name;
                if (column == 255) {
                    if (!getVarint(p, end, len) || quint32(end - p) < len)
                        return false;
                    name = QByteArray(p, len);
                    p += len;
                } else if (column < names.size()) {
                    name = names[column];
                } else {
                    return false;
                }
                if (!getVarint(p, end, len) || quint32(end - p) < len ||
                    !unpackValue(QByteArrayView(p, len), value))
                    return false;
                p += len;
                out[slot.event][slot.position] = {name, value};
            }
        }
        return true;
    }

    // The body of seq, pointing into the open block or the cache; empty view when not held.
    QByteArrayView body(quint64 seq, bool* found = nullptr) const
    {
        if (found)
            *found = false;
        const Block* b = blockFor(seq);
        if (!b || seq < firstSeq || seq >= nextSeq)
            return {};
        const auto slot = quint32(seq - b->firstSeq);
        if (!b->sealed) {
            if (slot >= b->bodyEnds.size())
                return {};
            const quint32 begin = slot ? b->bodyEnds[slot - 1] : 0;
            if (found)
                *found = true;
            return QByteArrayView(b->bodies.constData() + begin, b->bodyEnds[slot] - begin);
        }
        if (bodyCacheSeq != b->firstSeq) {
            bodyCache = qUncompress(b->packedBodies);
            bodyCacheSeq = bodyCache.size() >= 4 ? b->firstSeq : 0;
            if (!bodyCacheSeq) {
                qCWarning(lcMonitor) << "EventStore: a compressed block could not be inflated";
                return {};
            }
        }
        const char* p = bodyCache.constData();
        const quint32 n = getU32(p);
        if (slot >= n || 4 + 4 * qsizetype(n) > bodyCache.size())
            return {};
        const char* ends = p + 4;
        const char* bodies = ends + 4 * n;
        const quint32 begin = slot ? getU32(ends + 4 * (slot - 1)) : 0;
        const quint32 endOffset = getU32(ends + 4 * slot);
        if (begin > endOffset || bodies + endOffset > p + bodyCache.size())
            return {};
        if (found)
            *found = true;
        return QByteArrayView(bodies + begin, endOffset - begin);
    }

    HeaderList headers(quint64 seq) const
    {
        const Block* b = blockFor(seq);
        if (!b || seq < firstSeq || seq >= nextSeq)
            return {};
        const auto slot = size_t(seq - b->firstSeq);
        if (!b->sealed)
            return slot < b->headers.size() ? b->headers[slot] : HeaderList();
        if (headerCacheSeq != b->firstSeq) {
            headerCacheSeq = 0;
            headerCache.assign(size_t(b->events()), {});
            if (!decodeHeaders(qUncompress(b->packedHeaders), headerCache)) {
                qCWarning(lcMonitor) << "EventStore: the headers of a block could not be decoded";
                headerCache.clear();
                return {};
            }
            headerCacheSeq = b->firstSeq;
        }
        return slot < headerCache.size() ? headerCache[slot] : HeaderList();
    }

    void clear()
    {
        // Swapped, not cleared, so the memory goes back to the system; reserved again for the same
        // reason as in the constructor.
        std::vector<EventRecord>().swap(ring);
        ring.reserve(size_t(capacity));
        head = 0;
        count = 0;
        // Seqs stay unique for the store's lifetime: a view holding an old seq cannot hit a new event.
        firstSeq = nextSeq;
        stringIds = QHash<QString, quint32>();
        strings.assign(1, QString());
        strings.shrink_to_fit();
        stringRefs.assign(1, 0);
        stringRefs.shrink_to_fit();
        std::vector<quint32>().swap(freeIds);
        stringBytes = 0;
        accountIds.assign(1, 0);
        accountIndex = QHash<quint32, quint16>();
        blocks.clear();
        bodyCacheSeq = 0;
        bodyCache = QByteArray();
        headerCacheSeq = 0;
        std::vector<HeaderList>().swap(headerCache);
        spareBodies = QByteArray();
        sealBuffer = QByteArray();
        pendingAppended = 0;
        pendingEvicted = 0;
        announced = 0;
    }

    quint64 store(EventRecord rec, QByteArrayView body, const HeaderList& headers, const QString& summary)
    {
        if (count == capacity)
            evictOldest();
        rec.seq = nextSeq;
        Block& b = openBlock();
        b.bodies.append(body.data(), body.size());
        b.bodyEnds.push_back(quint32(b.bodies.size()));
        b.headers.push_back(headers);
        if (!summary.isEmpty()) {
            const QByteArray utf8 = summary.toUtf8();
            quint16& index = b.openSummaries[utf8];
            if (index == 0) {
                b.summaries.append(utf8);
                b.summaryEnds.push_back(quint32(b.summaries.size()));
                index = quint16(b.summaryEnds.size());
            }
            b.summaryOf.push_back(index);
            rec.summary = kLocalSummaryBit | quint32(rec.seq & kLocalSummaryMask);
        } else {
            b.summaryOf.push_back(0);
            rec.summary = 0;
        }

        if (qsizetype(ring.size()) < capacity)
            ring.push_back(rec);
        else
            ring[size_t(physical(count))] = rec;
        ++count;
        ++nextSeq;
        ++pendingAppended;
        scheduleFlush();
        return rec.seq;
    }

    void evictOldest()
    {
        releaseStrings(ring[size_t(head)]);
        head = head + 1 == qsizetype(ring.size()) ? 0 : head + 1;
        --count;
        ++firstSeq;
        ++pendingEvicted;
        // A block goes once its last event does; until then its older events are just unreachable.
        if (!blocks.empty() && firstSeq >= blocks.front().firstSeq + kBlockEvents) {
            if (bodyCacheSeq == blocks.front().firstSeq) {
                bodyCacheSeq = 0;
                bodyCache = QByteArray();
            }
            if (headerCacheSeq == blocks.front().firstSeq) {
                headerCacheSeq = 0;
                std::vector<HeaderList>().swap(headerCache);
            }
            blocks.pop_front();
        }
    }

    void scheduleFlush()
    {
        if (flushScheduled)
            return;
        flushScheduled = true;
        // Once per event-loop turn, however many events arrive in it (Wireshark's flushVisibleRows).
        QMetaObject::invokeMethod(
            q, [q = q] { q->d->flush(); }, Qt::QueuedConnection);
    }

    void flush()
    {
        flushScheduled = false;
        if (!pendingAppended && !pendingEvicted)
            return;
        // Events appended and evicted within the same turn were never shown: views only hear about
        // rows they have, then about the new rows that are still held.
        const qsizetype evictedShown = std::min(pendingEvicted, announced);
        const qsizetype appendedShown = count - (announced - evictedShown);
        pendingAppended = 0;
        pendingEvicted = 0;
        announced = count;
        if (evictedShown > 0)
            emit q->evicted(evictedShown);
        if (appendedShown > 0)
            emit q->appended(appendedShown);
    }

    // ---- filtering

    struct Compiled
    {
        quint64 typeMask = ~quint64(0);
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool hasUser = false;
        bool hasText = false;
        std::vector<quint8> stringFlags; // per interned id: bit 0 text matches, bit 1 user matches
        std::array<bool, size_t(ZoomEventType::Count_)> typeText{};
        std::array<bool, 16> presenceText{};
        std::array<bool, 4> callText{};
        QString needle;         // case-folded
        QByteArray asciiNeedle; // lowercase, when the needle is ASCII
        qsizetype asciiAnchor = 0;
        bool needleAscii = true;
        // Otherwise: the UTF-8 spellings of the needle's first non-ASCII letter in every case. A
        // summary holding none of them cannot match, and most hold none; only the rest are decoded.
        std::vector<QByteArray> firstNonAsciiVariants;
    };

    Compiled compile(const EventFilter& f, bool withStringTable) const
    {
        Compiled c;
        c.fromMs = f.fromMs;
        c.toMs = f.toMs;
        if (!f.types.isEmpty()) {
            c.typeMask = 0;
            for (ZoomEventType t : f.types)
                c.typeMask |= quint64(1) << quint8(t);
        }
        c.hasUser = !f.user.trimmed().isEmpty();
        c.hasText = !f.text.isEmpty();
        if (c.hasText) {
            c.needle = f.text.toCaseFolded();
            for (QChar ch : c.needle)
                c.needleAscii = c.needleAscii && ch.unicode() < 0x80;
            if (c.needleAscii) {
                c.asciiNeedle = c.needle.toLatin1().toLower();
                c.asciiAnchor = searchAnchor(c.asciiNeedle);
            } else {
                for (qsizetype i = 0; i < f.text.size(); ++i) {
                    const QChar ch = f.text.at(i);
                    if (ch.unicode() < 0x80)
                        continue;
                    // A surrogate pair is one letter; CJK and emoji have no case, so one spelling.
                    const QString letter =
                        ch.isHighSurrogate() && i + 1 < f.text.size() ? f.text.mid(i, 2) : QString(ch);
                    for (const QString& v :
                         {letter, letter.toLower(), letter.toUpper(), letter.toCaseFolded()}) {
                        const QByteArray utf8 = v.toUtf8();
                        if (std::find(c.firstNonAsciiVariants.begin(), c.firstNonAsciiVariants.end(), utf8) ==
                            c.firstNonAsciiVariants.end())
                            c.firstNonAsciiVariants.push_back(utf8);
                    }
                    break;
                }
            }
            for (size_t t = 0; t < c.typeText.size(); ++t) {
                const auto type = ZoomEventType(t);
                c.typeText[t] = ZoomEventParser::typeLabel(type).contains(f.text, Qt::CaseInsensitive) ||
                                (type != ZoomEventType::Unknown &&
                                 ZoomEventParser::typeName(type).contains(f.text, Qt::CaseInsensitive));
            }
            for (size_t p = 1; p <= size_t(PresenceState::Other); ++p)
                c.presenceText[p] =
                    ZoomEventParser::presenceLabel(PresenceState(p)).contains(f.text, Qt::CaseInsensitive);
            for (size_t s = 1; s < c.callText.size(); ++s)
                c.callText[s] =
                    ZoomEventParser::callStateLabel(CallState(s)).contains(f.text, Qt::CaseInsensitive);
        }
        if (withStringTable && (c.hasText || c.hasUser)) {
            const QString user = f.user.trimmed();
            c.stringFlags.assign(strings.size(), 0);
            // Distinct strings are few next to events; each is tested once, not once per event.
            for (size_t i = 1; i < strings.size(); ++i) {
                const QString& s = strings[i];
                quint8 flags = 0;
                if (c.hasText && s.contains(f.text, Qt::CaseInsensitive))
                    flags |= 1;
                if (c.hasUser && s.compare(user, Qt::CaseInsensitive) == 0)
                    flags |= 2;
                c.stringFlags[i] = flags;
            }
        }
        return c;
    }

    static bool summaryContains(const Compiled& c, QByteArrayView s)
    {
        if (s.isEmpty())
            return false;
        if (c.needleAscii)
            return containsAsciiCaseInsensitive(s.data(), s.size(), c.asciiNeedle, c.asciiAnchor);
        const std::string_view haystack(s.data(), size_t(s.size()));
        bool candidate = false;
        for (const QByteArray& v : c.firstNonAsciiVariants)
            candidate = candidate ||
                        haystack.find(std::string_view(v.constData(), size_t(v.size()))) != haystack.npos;
        return candidate && QString::fromUtf8(s).contains(c.needle, Qt::CaseInsensitive);
    }

    // Everything but text and user; gaps are decided here entirely.
    static bool passesTypeAndTime(const Compiled& c, const EventRecord& r)
    {
        if (r.type == ZoomEventType::Gap) {
            // A gap qualifies every filter (events that would match may be missing inside it);
            // only a time range that does not overlap it hides it.
            const qint64 gapFrom = r.eventTsMs ? r.eventTsMs : r.receivedAtMs;
            return !(c.toMs && gapFrom > c.toMs) && !(c.fromMs && r.receivedAtMs < c.fromMs);
        }
        if (!(c.typeMask & (quint64(1) << quint8(r.type))))
            return false;
        if (c.fromMs && r.receivedAtMs < c.fromMs)
            return false;
        if (c.toMs && r.receivedAtMs > c.toMs)
            return false;
        return true;
    }

    static bool labelsMatch(const Compiled& c, const EventRecord& r)
    {
        return c.typeText[size_t(r.type)] || c.presenceText[size_t(r.presence) & 15] ||
               c.callText[size_t(r.callState) & 3];
    }

    // summaryMatches(record) is asked last, only when nothing cheaper decided.
    template <typename SummaryMatches>
    bool passes(const Compiled& c, const EventRecord& r, SummaryMatches&& summaryMatches) const
    {
        if (!passesTypeAndTime(c, r))
            return false;
        if (r.type == ZoomEventType::Gap)
            return true;
        const quint8* flags = c.stringFlags.data();
        if (c.hasUser && !((flags[r.userId] | flags[r.email] | flags[r.peerUserId]) & 2))
            return false;
        if (!c.hasText)
            return true;
        if ((flags[r.eventName] | flags[r.userId] | flags[r.email] | flags[r.userName] | flags[r.peerUserId] |
             flags[accountString(r.account)]) &
            1)
            return true;
        if (labelsMatch(c, r))
            return true;
        return r.summary && summaryMatches(r);
    }

    // The same decision without the per-string table, for one record at a time.
    bool passesDirect(const Compiled& c, const EventFilter& f, const EventRecord& r) const
    {
        if (!passesTypeAndTime(c, r))
            return false;
        if (r.type == ZoomEventType::Gap)
            return true;
        if (c.hasUser) {
            const QString user = f.user.trimmed();
            auto is = [&](quint32 id) { return id && strings[id].compare(user, Qt::CaseInsensitive) == 0; };
            if (!is(r.userId) && !is(r.email) && !is(r.peerUserId))
                return false;
        }
        if (!c.hasText)
            return true;
        for (quint32 id :
             {r.eventName, r.userId, r.email, r.userName, r.peerUserId, accountString(r.account)}) {
            if (id && strings[id].contains(f.text, Qt::CaseInsensitive))
                return true;
        }
        if (labelsMatch(c, r))
            return true;
        return r.summary && summaryContains(c, summaryBytes(r.seq));
    }

    void scan(const Compiled& c, qsizetype from, qsizetype to, QVector<qint32>& out) const
    {
        // Each distinct summary of a block is searched at most once, however many events share it.
        const Block* block = nullptr;
        std::vector<qint8> memo; // per distinct summary: -1 not searched yet, 0 no, 1 yes
        auto summaryMatches = [&](const EventRecord& r) {
            if (!block || r.seq < block->firstSeq || r.seq >= block->firstSeq + quint64(block->events())) {
                block = blockFor(r.seq);
                if (!block)
                    return false;
                memo.assign(block->summaryEnds.size() + 1, qint8(-1));
            }
            const quint16 index = block->summaryOf[size_t(r.seq - block->firstSeq)];
            if (index == 0)
                return false;
            qint8& m = memo[index];
            if (m < 0)
                m = summaryContains(c, block->distinctSummary(index)) ? 1 : 0;
            return m == 1;
        };
        for (qsizetype i = from; i < to; ++i) {
            if (passes(c, ring[size_t(physical(i))], summaryMatches))
                out.append(qint32(i));
        }
    }

    mutable std::optional<std::pair<EventFilter, Compiled>> directCache; // matches()' last filter

    // ---- export helpers

    QString summaryOf(const EventRecord& r) const
    {
        return r.summary ? QString::fromUtf8(summaryBytes(r.seq)) : QString();
    }

    QString str(quint32 id) const { return id < strings.size() ? strings[id] : QString(); }
};

// ---------------------------------------------------------------------------------------------

EventStore::EventStore(qsizetype capacity, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this, capacity))
{
}

EventStore::~EventStore() = default;

qsizetype EventStore::capacity() const
{
    return d->capacity;
}

qsizetype EventStore::size() const
{
    return d->count;
}

const EventRecord& EventStore::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < d->count);
    return d->ring[size_t(d->physical(index))];
}

qsizetype EventStore::indexOf(quint64 seq) const
{
    if (seq < d->firstSeq || seq >= d->nextSeq)
        return -1;
    return qsizetype(seq - d->firstSeq);
}

quint64 EventStore::firstSeq() const
{
    return d->firstSeq;
}

quint64 EventStore::nextSeq() const
{
    return d->nextSeq;
}

quint64 EventStore::append(const RawEvent& raw, const ZoomEvent& parsed)
{
    EventRecord rec;
    rec.receivedAtMs = raw.receivedAtMs;
    rec.eventTsMs = parsed.eventTsMs;
    rec.userId = d->intern(parsed.userId);
    rec.email = d->intern(parsed.email);
    rec.userName = d->intern(parsed.userName);
    rec.peerUserId = d->intern(parsed.peerUserId);
    rec.eventName = d->intern(parsed.name);
    rec.account = d->internAccount(parsed.accountId);
    // Gaps come from appendGap() only; a source cannot fake one.
    rec.type = parsed.type == ZoomEventType::Gap ? ZoomEventType::Unknown : parsed.type;
    rec.presence = parsed.presence;
    rec.callState = parsed.callState;
    rec.source = raw.source;
    rec.verification = raw.verification;
    return d->store(rec, raw.body, raw.headers, parsed.summary);
}

quint64 EventStore::appendGap(EventSourceKind source, qint64 fromMs, qint64 toMs, const QString& reason)
{
    EventRecord rec;
    // Placed where it was noticed (the end of the gap), so it sits between the events around it.
    rec.receivedAtMs = toMs ? toMs : QDateTime::currentMSecsSinceEpoch();
    rec.eventTsMs = fromMs;
    rec.type = ZoomEventType::Gap;
    rec.source = source;
    rec.verification = Verification::NotChecked;
    auto local = [](qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("hh:mm:ss"))
                  : QStringLiteral("?");
    };
    const QString summary =
        tr("Events between %1 and %2 may be missing (%3).").arg(local(fromMs), local(toMs), reason);
    // The "raw body" of a gap is what exports write as its payload.
    auto time = [](QByteArray& out, qint64 ms) {
        if (!ms) {
            out.append("null");
            return;
        }
        out.append('"');
        appendIsoUtcMs(out, ms);
        out.append('"');
    };
    QByteArray body = QByteArrayLiteral("{\"gap\":{\"from\":");
    time(body, fromMs);
    body.append(",\"to\":");
    time(body, toMs);
    body.append(",\"reason\":");
    JsonWriter::appendString(&body, QStringView(reason));
    body.append("}}");
    return d->store(rec, body, {}, summary);
}

void EventStore::clear()
{
    d->clear();
    emit cleared();
}

QString EventStore::string(quint32 id) const
{
    if (id & kLocalSummaryBit) {
        if (d->count == 0)
            return {};
        // The one held seq whose low 31 bits are these: capacity < 2^31, so it is unique.
        const quint64 low = id & kLocalSummaryMask;
        const quint64 last = d->nextSeq - 1;
        quint64 seq = (last & ~quint64(kLocalSummaryMask)) | low;
        if (seq > last)
            seq -= quint64(kLocalSummaryMask) + 1;
        if (seq < d->firstSeq)
            return {};
        return QString::fromUtf8(d->summaryBytes(seq));
    }
    return d->str(id);
}

QString EventStore::accountId(const EventRecord& record) const
{
    return d->str(d->accountString(record.account));
}

QByteArray EventStore::rawBody(quint64 seq) const
{
    return d->body(seq).toByteArray();
}

HeaderList EventStore::rawHeaders(quint64 seq) const
{
    return d->headers(seq);
}

QVector<qint32> EventStore::filter(const EventFilter& filter) const
{
    QVector<qint32> out;
    const qsizetype n = d->count;
    if (filter.isEmpty()) {
        out.resize(n);
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    const Private::Compiled c = d->compile(filter, true);
    const int threads = std::max(1, QThread::idealThreadCount());
    if (n < kParallelFilterThreshold || threads == 1) {
        d->scan(c, 0, n, out);
        return out;
    }
    // Contiguous slices, one per core, concatenated in order: the result stays sorted.
    struct Slice
    {
        qsizetype from;
        qsizetype to;
        QVector<qint32> hits;
    };
    std::vector<Slice> slices(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i)
        slices[size_t(i)] = {n * i / threads, n * (i + 1) / threads, {}};
    const Private* p = d.get();
    QtConcurrent::blockingMap(slices, [p, &c](Slice& s) { p->scan(c, s.from, s.to, s.hits); });
    qsizetype total = 0;
    for (const Slice& s : slices)
        total += s.hits.size();
    out.reserve(total);
    for (const Slice& s : slices)
        out.append(s.hits);
    return out;
}

bool EventStore::matches(const EventRecord& record, const EventFilter& filter) const
{
    if (filter.isEmpty())
        return true;
    // Views ask this for every appended event while a filter is set; the labels it compares with
    // are translated, so they are looked up once per filter, not once per event.
    auto& cache = d->directCache;
    const bool same = cache && cache->first.text == filter.text && cache->first.types == filter.types &&
                      cache->first.user == filter.user && cache->first.fromMs == filter.fromMs &&
                      cache->first.toMs == filter.toMs;
    if (!same)
        cache.emplace(filter, d->compile(filter, false));
    return d->passesDirect(cache->second, filter, record);
}

EventStore::StringStats EventStore::stringStats() const
{
    StringStats s;
    s.count = d->stringIds.size();
    s.bytes = d->stringBytes;
    s.allocated = qsizetype(d->strings.size()) - 1;
    return s;
}

qint64 EventStore::approximateMemoryBytes() const
{
    qint64 bytes = qint64(d->ring.size()) * qint64(sizeof(EventRecord));
    for (const auto& b : d->blocks) {
        bytes += b.bodies.capacity() + b.packedBodies.capacity() + b.packedHeaders.capacity() +
                 b.summaries.capacity();
        bytes += qint64((b.bodyEnds.capacity() + b.summaryEnds.capacity()) * sizeof(quint32));
        bytes += qint64(b.summaryOf.capacity() * sizeof(quint16) + b.headers.capacity() * sizeof(HeaderList));
        bytes += qint64(sizeof(Private::Block));
        for (const HeaderList& h : b.headers) {
            for (const auto& [name, value] : h)
                bytes += 48 + value.capacity(); // names are shared; pair and value data
        }
    }
    // string data + hash node + vector slots, roughly
    bytes += d->stringBytes + qint64(d->stringIds.size()) * 64 + qint64(d->strings.capacity()) * 36;
    bytes += d->bodyCache.capacity() + d->spareBodies.capacity() + d->sealBuffer.capacity();
    return bytes;
}

} // namespace syncdesk
