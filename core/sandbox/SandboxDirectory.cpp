#include "SandboxDirectory.h"

#include <QHash>
#include <QStringList>
#include <array>

namespace syncdesk {

namespace {

// Our own generator rather than std::mt19937 or QRandomGenerator: its output is fixed by this
// file alone, so a seed means the same organisation on every platform and Qt version.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) for n > 0, without modulo bias worth caring about here.
    int bounded(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

struct Office
{
    QString location, site, timezone;
    QString areaCode;       // national destination code without trunk prefix
    QString subscriberLead; // fixed leading digits; the extension fills the last six digits
};

struct Name
{
    QString native, latin; // latin: what goes into the e-mail address
};

struct Culture
{
    QString language, countryCallingCode;
    bool familyNameFirst = false;
    QList<Name> given, family;
    QList<Office> offices;
    int weight = 0;
};

// Umlauts and ß as Germans write them in e-mail addresses; anything else non-ASCII is dropped.
QString asciiFold(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'ä':
            out += QLatin1String("ae");
            break;
        case u'ö':
            out += QLatin1String("oe");
            break;
        case u'ü':
            out += QLatin1String("ue");
            break;
        case u'Ä':
            out += QLatin1String("Ae");
            break;
        case u'Ö':
            out += QLatin1String("Oe");
            break;
        case u'Ü':
            out += QLatin1String("Ue");
            break;
        case u'ß':
            out += QLatin1String("ss");
            break;
        case u'é':
            out += QLatin1Char('e');
            break;
        default:
            if (c.unicode() < 0x80)
                out += c;
        }
    }
    return out;
}

QList<Name> latinNames(std::initializer_list<const char16_t*> natives)
{
    QList<Name> names;
    names.reserve(qsizetype(natives.size()));
    for (const char16_t* n : natives) {
        const QString native = QString::fromUtf16(n);
        names.append({native, asciiFold(native)});
    }
    return names;
}

QList<Name> pairedNames(std::initializer_list<std::pair<const char16_t*, const char*>> pairs)
{
    QList<Name> names;
    names.reserve(qsizetype(pairs.size()));
    for (const auto& [native, latin] : pairs)
        names.append({QString::fromUtf16(native), QString::fromLatin1(latin)});
    return names;
}

QList<Culture> cultures()
{
    QList<Culture> list;

    Culture de;
    de.language = QStringLiteral("de-DE");
    de.countryCallingCode = QStringLiteral("+49");
    de.given = latinNames({u"Lukas",  u"Leon",     u"Finn",      u"Jonas",    u"Felix",      u"Maximilian",
                           u"Jürgen", u"Jörg",     u"Sören",     u"Björn",    u"Günther",    u"Uwe",
                           u"Klaus",  u"Stefan",   u"Andreas",   u"Anna",     u"Lena",       u"Hannah",
                           u"Sophie", u"Marie",    u"Katharina", u"Sabine",   u"Ursula",     u"Renate",
                           u"Jutta",  u"Brigitte", u"Monika",    u"Annegret", u"Friederike", u"Mathilde"});
    de.family =
        latinNames({u"Müller", u"Schmidt", u"Schneider", u"Fischer", u"Weber",   u"Meyer",      u"Wagner",
                    u"Becker", u"Schulz",  u"Hoffmann",  u"Schäfer", u"Koch",    u"Bauer",      u"Richter",
                    u"Klein",  u"Wolf",    u"Schröder",  u"Neumann", u"Schwarz", u"Zimmermann", u"Braun",
                    u"Krüger", u"Hofmann", u"Hartmann",  u"Lange",   u"Werner",  u"Krause",     u"Lehmann",
                    u"Köhler", u"Jäger",   u"Weiß",      u"Groß",    u"Strauß",  u"Böhm",       u"Vogel"});
    de.offices = {
        {QStringLiteral("Berlin"), QStringLiteral("Berlin"), QStringLiteral("Europe/Berlin"),
         QStringLiteral("30"), QStringLiteral("20")},
        {QStringLiteral("München"), QStringLiteral("München"), QStringLiteral("Europe/Berlin"),
         QStringLiteral("89"), QStringLiteral("21")},
        {QStringLiteral("Hamburg"), QStringLiteral("Hamburg"), QStringLiteral("Europe/Berlin"),
         QStringLiteral("40"), QStringLiteral("22")},
        {QStringLiteral("Frankfurt am Main"), QStringLiteral("Frankfurt"), QStringLiteral("Europe/Berlin"),
         QStringLiteral("69"), QStringLiteral("23")},
    };
    de.weight = 35;
    list.append(de);

    Culture ja;
    ja.language = QStringLiteral("ja-JP");
    ja.countryCallingCode = QStringLiteral("+81");
    ja.familyNameFirst = true;
    ja.given =
        pairedNames({{u"翔太", "Shota"},  {u"陽菜", "Hina"},     {u"大輝", "Daiki"},  {u"結衣", "Yui"},
                     {u"健太", "Kenta"},  {u"美咲", "Misaki"},   {u"拓海", "Takumi"}, {u"さくら", "Sakura"},
                     {u"蓮", "Ren"},      {u"葵", "Aoi"},        {u"悠斗", "Yuto"},   {u"優奈", "Yuna"},
                     {u"直樹", "Naoki"},  {u"恵子", "Keiko"},    {u"浩", "Hiroshi"},  {u"裕子", "Yuko"},
                     {u"誠", "Makoto"},   {u"真由美", "Mayumi"}, {u"隆", "Takashi"},  {u"由美子", "Yumiko"},
                     {u"大翔", "Hiroto"}, {u"愛", "Ai"},         {u"和也", "Kazuya"}, {u"彩", "Aya"},
                     {u"修", "Osamu"}});
    ja.family = pairedNames(
        {{u"佐藤", "Sato"},      {u"鈴木", "Suzuki"},    {u"高橋", "Takahashi"}, {u"田中", "Tanaka"},
         {u"伊藤", "Ito"},       {u"渡辺", "Watanabe"},  {u"山本", "Yamamoto"},  {u"中村", "Nakamura"},
         {u"小林", "Kobayashi"}, {u"加藤", "Kato"},      {u"吉田", "Yoshida"},   {u"山田", "Yamada"},
         {u"佐々木", "Sasaki"},  {u"山口", "Yamaguchi"}, {u"松本", "Matsumoto"}, {u"井上", "Inoue"},
         {u"木村", "Kimura"},    {u"林", "Hayashi"},     {u"斎藤", "Saito"},     {u"清水", "Shimizu"},
         {u"山崎", "Yamazaki"},  {u"森", "Mori"},        {u"池田", "Ikeda"},     {u"橋本", "Hashimoto"},
         {u"石川", "Ishikawa"}});
    ja.offices = {
        {QStringLiteral("東京"), QStringLiteral("Tokyo"), QStringLiteral("Asia/Tokyo"), QStringLiteral("3"),
         QStringLiteral("50")},
        {QStringLiteral("大阪"), QStringLiteral("Osaka"), QStringLiteral("Asia/Tokyo"), QStringLiteral("6"),
         QStringLiteral("60")},
        {QStringLiteral("名古屋"), QStringLiteral("Nagoya"), QStringLiteral("Asia/Tokyo"),
         QStringLiteral("52"), QStringLiteral("9")},
    };
    ja.weight = 25;
    list.append(ja);

    const QList<Name> englishGiven = latinNames(
        {u"James", u"Mary",      u"John",      u"Patricia", u"Robert", u"Jennifer", u"Michael", u"Linda",
         u"David", u"Elizabeth", u"Oliver",    u"Amelia",   u"Harry",  u"Isla",     u"George",  u"Emily",
         u"Jack",  u"Olivia",    u"Charlotte", u"William",  u"Noah",   u"Ava",      u"Ethan",   u"Grace",
         u"Chloé", u"Samuel",    u"Megan",     u"Daniel",   u"Zoe",    u"Aisha"});
    const QList<Name> englishFamily = latinNames(
        {u"Smith",   u"Johnson", u"Williams", u"Brown",  u"Jones",   u"Garcia",  u"Miller",  u"Davis",
         u"Wilson",  u"Taylor",  u"Anderson", u"Thomas", u"Moore",   u"Martin",  u"Jackson", u"Thompson",
         u"White",   u"Harris",  u"Clark",    u"Lewis",  u"O'Brien", u"Walker",  u"Evans",   u"Hughes",
         u"Roberts", u"Patel",   u"Nguyen",   u"Khan",   u"Murphy",  u"Campbell"});

    Culture us;
    us.language = QStringLiteral("en-US");
    us.countryCallingCode = QStringLiteral("+1");
    us.given = englishGiven;
    us.family = englishFamily;
    us.offices = {
        {QStringLiteral("New York"), QStringLiteral("New York"), QStringLiteral("America/New_York"),
         QStringLiteral("212"), QStringLiteral("5")},
        {QStringLiteral("San Francisco"), QStringLiteral("San Francisco"),
         QStringLiteral("America/Los_Angeles"), QStringLiteral("415"), QStringLiteral("5")},
        {QStringLiteral("Chicago"), QStringLiteral("Chicago"), QStringLiteral("America/Chicago"),
         QStringLiteral("312"), QStringLiteral("5")},
        {QStringLiteral("Austin"), QStringLiteral("Austin"), QStringLiteral("America/Chicago"),
         QStringLiteral("512"), QStringLiteral("5")},
    };
    us.weight = 25;
    list.append(us);

    Culture uk;
    uk.language = QStringLiteral("en-GB");
    uk.countryCallingCode = QStringLiteral("+44");
    uk.given = englishGiven;
    uk.family = englishFamily;
    uk.offices = {
        {QStringLiteral("London"), QStringLiteral("London"), QStringLiteral("Europe/London"),
         QStringLiteral("20"), QStringLiteral("79")},
        {QStringLiteral("Manchester"), QStringLiteral("Manchester"), QStringLiteral("Europe/London"),
         QStringLiteral("161"), QStringLiteral("4")},
        {QStringLiteral("Edinburgh"), QStringLiteral("Edinburgh"), QStringLiteral("Europe/London"),
         QStringLiteral("131"), QStringLiteral("4")},
    };
    uk.weight = 15;
    list.append(uk);

    return list;
}

struct Department
{
    QString name;
    QStringList titles;
    int weight;
};

QList<Department> departments()
{
    return {
        {QStringLiteral("Engineering"),
         {QStringLiteral("Software Engineer"), QStringLiteral("Senior Software Engineer"),
          QStringLiteral("QA Engineer"), QStringLiteral("DevOps Engineer"),
          QStringLiteral("Engineering Manager")},
         22},
        {QStringLiteral("Sales"),
         {QStringLiteral("Account Executive"), QStringLiteral("Sales Development Representative"),
          QStringLiteral("Key Account Manager"), QStringLiteral("Sales Director")},
         18},
        {QStringLiteral("Customer Support"),
         {QStringLiteral("Support Agent"), QStringLiteral("Senior Support Agent"),
          QStringLiteral("Team Lead"), QStringLiteral("Support Manager")},
         14},
        {QStringLiteral("Marketing"),
         {QStringLiteral("Marketing Specialist"), QStringLiteral("Content Manager"),
          QStringLiteral("Head of Marketing")},
         8},
        {QStringLiteral("Operations"),
         {QStringLiteral("Operations Analyst"), QStringLiteral("Operations Manager")},
         8},
        {QStringLiteral("Finance"),
         {QStringLiteral("Accountant"), QStringLiteral("Financial Analyst"), QStringLiteral("Controller")},
         6},
        {QStringLiteral("IT"),
         {QStringLiteral("IT Administrator"), QStringLiteral("Service Desk Technician"),
          QStringLiteral("Security Engineer")},
         6},
        {QStringLiteral("Human Resources"),
         {QStringLiteral("HR Business Partner"), QStringLiteral("Recruiter"), QStringLiteral("HR Manager")},
         5},
        {QStringLiteral("Product Management"),
         {QStringLiteral("Product Manager"), QStringLiteral("Product Owner")},
         5},
        {QStringLiteral("Research & Development"),
         {QStringLiteral("Research Scientist"), QStringLiteral("Data Scientist")},
         4},
        {QStringLiteral("Legal"), {QStringLiteral("Legal Counsel"), QStringLiteral("Paralegal")}, 2},
        {QStringLiteral("Procurement"), {QStringLiteral("Buyer"), QStringLiteral("Procurement Manager")}, 2},
    };
}

template <typename T> const T& pickWeighted(const QList<T>& items, int totalWeight, SplitMix64& rng)
{
    int r = rng.bounded(totalWeight);
    for (const T& item : items) {
        if (r < item.weight)
            return item;
        r -= item.weight;
    }
    return items.constLast();
}

// Zoom ids look like "KDcuGIm1QgePTO8WbOqwIQ": 22 characters of the base64url alphabet.
QString zoomId(SplitMix64& rng)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id(22, Qt::Uninitialized);
    quint64 bits = rng.next();
    int available = 64;
    for (int i = 0; i < 22; ++i) {
        if (available < 6) {
            bits = rng.next();
            available = 64;
        }
        id[i] = QLatin1Char(alphabet[bits & 63]);
        bits >>= 6;
        available -= 6;
    }
    return id;
}

struct PresenceWeight
{
    QString value;
    int weight;
};

QList<PresenceWeight> presenceWeights()
{
    // REST enum values of GET /users/{userId}/presence_status.
    return {
        {QStringLiteral("Available"), 40},
        {QStringLiteral("Away"), 15},
        {QStringLiteral("In_A_Zoom_Meeting"), 10},
        {QStringLiteral("Do_Not_Disturb"), 8},
        {QStringLiteral("On_A_Call"), 7},
        {QStringLiteral("In_Calendar_Event"), 5},
        {QStringLiteral("Busy"), 5},
        {QStringLiteral("Offline"), 5},
        {QStringLiteral("Out_of_Office"), 3},
        {QStringLiteral("Presenting"), 2},
    };
}

template <typename T> int totalWeight(const QList<T>& items)
{
    int sum = 0;
    for (const T& item : items)
        sum += item.weight;
    return sum;
}

QString emailLocalPart(const QString& given, const QString& family)
{
    QString local;
    local.reserve(given.size() + family.size() + 1);
    auto append = [&local](const QString& part) {
        for (const QChar c : part) {
            const QChar l = c.toLower();
            if ((l >= QLatin1Char('a') && l <= QLatin1Char('z')) || l == QLatin1Char('-'))
                local += l;
        }
    };
    append(given);
    local += QLatin1Char('.');
    append(family);
    return local;
}

} // namespace

QList<SandboxUser> SandboxDirectory::generate(int count, quint32 seed)
{
    QList<SandboxUser> users;
    if (count <= 0)
        return users;
    users.reserve(count);

    const QList<Culture> cultureList = cultures();
    const int cultureWeight = totalWeight(cultureList);
    const QList<Department> deptList = departments();
    const int deptWeight = totalWeight(deptList);
    const QList<PresenceWeight> presenceList = presenceWeights();
    const int presenceWeight = totalWeight(presenceList);
    const QString domain = QStringLiteral("@acme-example.com");
    const QString active = QStringLiteral("active");
    const QString inactive = QStringLiteral("inactive");
    const QString pending = QStringLiteral("pending");
    const QString offline = QStringLiteral("Offline");

    // Seeds 0 and 1 must not give related streams, so the seed goes through one mixing step.
    SplitMix64 rng(SplitMix64(quint64(seed) * 0x2545F4914F6CDD1DULL + 0x5EEDULL).next());

    // Next free numeric suffix per e-mail local part; names contain no digits, so
    // "anna.mueller2" can only come from "anna.mueller" and addresses stay unique.
    QHash<QString, int> emailUses;
    emailUses.reserve(count);
    int nextExtension = 1001;

    // Zoom times have second precision; accounts were created between 2015 and mid-2024.
    constexpr qint64 createdFrom = 1420070400; // 2015-01-01T00:00:00Z
    constexpr int createdSpan = 299592000;     // about 9.5 years

    for (int i = 0; i < count; ++i) {
        SandboxUser u;
        const Culture& culture = pickWeighted(cultureList, cultureWeight, rng);
        const Name& given = culture.given.at(rng.bounded(int(culture.given.size())));
        const Name& family = culture.family.at(rng.bounded(int(culture.family.size())));
        const Office& office = culture.offices.at(rng.bounded(int(culture.offices.size())));
        const Department& dept = pickWeighted(deptList, deptWeight, rng);
        const QString& title = dept.titles.at(rng.bounded(int(dept.titles.size())));
        const double statusRoll = rng.unit();
        const double typeRoll = rng.unit();
        const double phoneRoll = rng.unit();
        const double roleRoll = rng.unit();
        const PresenceWeight& presence = pickWeighted(presenceList, presenceWeight, rng);
        const qint64 created = createdFrom + rng.bounded(createdSpan);
        QString id = zoomId(rng);
        QString phoneUserId = zoomId(rng);
        QString extensionId = zoomId(rng);

        const bool owner = i == 0; // the account owner exists, is active and has a phone
        u.status = owner ? active : statusRoll < 0.02 ? pending : statusRoll < 0.07 ? inactive : active;
        if (u.status != pending)
            u.id = std::move(id);
        u.firstName = given.native;
        u.lastName = family.native;
        u.displayName = culture.familyNameFirst ? family.native + QLatin1Char(' ') + given.native
                                                : given.native + QLatin1Char(' ') + family.native;
        const QString local = emailLocalPart(given.latin, family.latin);
        int& uses = emailUses[local];
        ++uses;
        u.email = uses == 1 ? local + domain : local + QString::number(uses) + domain;
        u.dept = dept.name;
        u.jobTitle = title;
        u.timezone = office.timezone;
        u.language = culture.language;
        u.location = office.location;
        u.roleId = owner ? QStringLiteral("0") : roleRoll < 0.02 ? QStringLiteral("1") : QStringLiteral("2");
        u.presence = u.status == active ? presence.value : offline;
        u.type = owner || typeRoll < 0.7 ? 2 : 1;
        if (u.status != pending && (owner || phoneRoll < 0.85)) {
            u.extensionNumber = nextExtension++;
            u.phoneNumber = culture.countryCallingCode + office.areaCode + office.subscriberLead +
                            QStringLiteral("%1").arg(u.extensionNumber, 6, 10, QLatin1Char('0'));
            u.phoneUserId = std::move(phoneUserId);
            u.extensionId = std::move(extensionId);
            u.siteName = office.site;
        }
        u.createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
        users.append(std::move(u));
    }
    return users;
}

} // namespace syncdesk
