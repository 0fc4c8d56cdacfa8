//! Generate a synthetic collection of practices for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- N OUT_DIR [--seed S] [--invalid-every K] [--schema DIR]
//! ```
//!
//! Writes `OUT_DIR/practices/<province>/<id>.md` with N practices of about 3 KB each, in the
//! format of the project README: Dutch text built from sentence templates, front matter with
//! vocabulary ids, a mix of `draft`, `review` and `published` practices carrying the fields and
//! `## ` sections their status needs, some `related` links between them, no attachments and no
//! relative links. Published practices have an `assessment` dated between 2025-11-02 and
//! 2026-10-31 with no criterion judged `niet`. Every practice has the four sections from
//! `## Context` to `## Resultaten`, so the peer validators in `bench/peers/` can check them all.
//!
//! The schema folder (`--schema DIR`, default `schema` in the current directory) is copied to
//! `OUT_DIR/schema/`, so `practice validate --root OUT_DIR` can check the result. A missing
//! default folder only gives a warning; a missing `--schema DIR` is an error.
//!
//! `--seed S` (default 1) makes the output reproducible: the same N, seed and K give the same
//! files. `--invalid-every K` makes every K-th practice invalid in one of a few realistic ways
//! (unknown key `themas`, unknown theme id, missing title, unknown NIS code, missing section,
//! published with a criterion `niet`, id not equal to the file name, bad e-mail address).
//! `OUT_DIR/practices` must not exist yet.

use std::error::Error;
use std::fmt::{self, Write as _};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

type Res<T> = Result<T, Box<dyn Error>>;

/// Real 2025 NIS codes: (code, name, province folder, is a city).
const MUNICIPALITIES: &[(&str, &str, &str, bool)] = &[
    ("11002", "Antwerpen", "antwerpen", true),
    ("12025", "Mechelen", "antwerpen", true),
    ("13040", "Turnhout", "antwerpen", true),
    ("13008", "Geel", "antwerpen", true),
    ("13025", "Mol", "antwerpen", false),
    ("12021", "Lier", "antwerpen", true),
    ("13011", "Herentals", "antwerpen", true),
    ("11005", "Boom", "antwerpen", false),
    ("71072", "Hasselt", "limburg", true),
    ("71016", "Genk", "limburg", true),
    ("71053", "Sint-Truiden", "limburg", true),
    ("73111", "Tongeren-Borgloon", "limburg", true),
    ("71004", "Beringen", "limburg", true),
    ("72020", "Lommel", "limburg", true),
    ("73107", "Maasmechelen", "limburg", false),
    ("72039", "Houthalen-Helchteren", "limburg", false),
    ("44021", "Gent", "oost-vlaanderen", true),
    ("41002", "Aalst", "oost-vlaanderen", true),
    ("46021", "Sint-Niklaas", "oost-vlaanderen", true),
    ("42006", "Dendermonde", "oost-vlaanderen", true),
    ("45041", "Ronse", "oost-vlaanderen", true),
    ("46029", "Lokeren", "oost-vlaanderen", true),
    ("43005", "Eeklo", "oost-vlaanderen", true),
    ("45035", "Oudenaarde", "oost-vlaanderen", true),
    ("24062", "Leuven", "vlaams-brabant", true),
    ("23088", "Vilvoorde", "vlaams-brabant", true),
    ("23027", "Halle", "vlaams-brabant", true),
    ("24107", "Tienen", "vlaams-brabant", true),
    ("24001", "Aarschot", "vlaams-brabant", true),
    ("24020", "Diest", "vlaams-brabant", true),
    ("23002", "Asse", "vlaams-brabant", false),
    ("23094", "Zaventem", "vlaams-brabant", false),
    ("31005", "Brugge", "west-vlaanderen", true),
    ("34022", "Kortrijk", "west-vlaanderen", true),
    ("35013", "Oostende", "west-vlaanderen", true),
    ("36015", "Roeselare", "west-vlaanderen", true),
    ("33011", "Ieper", "west-vlaanderen", true),
    ("34040", "Waregem", "west-vlaanderen", true),
    ("34027", "Menen", "west-vlaanderen", true),
    ("37022", "Tielt", "west-vlaanderen", true),
];

#[rustfmt::skip]
const PROVINCES: &[&str] = &[
    "antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen",
];

struct Activity {
    label: &'static str,
    slug: &'static str,
    /// With article, lower case, for use inside sentences.
    the: &'static str,
    what: &'static str,
    themes: &'static [&'static str],
    groups: &'static [&'static str],
    partners: &'static [&'static str],
    keywords: &'static [&'static str],
}

macro_rules! act {
    ($l:expr, $s:expr, $t:expr, $w:expr, [$($th:expr),*], [$($g:expr),*], [$($p:expr),*], [$($k:expr),*]) => {
        Activity { label: $l, slug: $s, the: $t, what: $w, themes: &[$($th),*], groups: &[$($g),*],
                   partners: &[$($p),*], keywords: &[$($k),*] }
    };
}

#[rustfmt::skip]
const ACTIVITIES: &[Activity] = &[
    act!("Taalcafé", "taalcafe", "het taalcafé",
        "een maandelijkse praatgroep waar anderstaligen Nederlands oefenen met getrainde vrijwilligers",
        ["oefenkansen-nederlands", "ontmoeting-participatie"], ["anderstalige-nieuwkomers", "vrijwilligers"],
        ["bibliotheek", "huis-van-het-nederlands"], ["taal", "ontmoeting", "vrijwilligers"]),
    act!("Buddywerking", "buddy", "de buddywerking",
        "een traject waarin een vrijwilliger een nieuwkomer een jaar lang wegwijs maakt in de gemeente",
        ["netwerk-buddy", "onthaal-nieuwkomers"], ["nieuwkomers", "vrijwilligers"],
        ["welzijnsorganisatie", "vrijwilligersinitiatief"], ["buddy", "netwerk", "onthaal"]),
    act!("Onthaalbalie", "onthaalbalie", "de onthaalbalie",
        "een vaste plek in het administratief centrum waar nieuwe inwoners met al hun vragen terechtkunnen",
        ["onthaal-nieuwkomers", "toegankelijke-dienstverlening"], ["nieuwkomers", "eu-burgers"],
        ["ocmw-sociaal-huis", "agentschap-integratie-inburgering"], ["onthaal", "loket", "dienstverlening"]),
    act!("Taalvriendelijke loketten", "taalvriendelijk-loket", "de taalvriendelijke loketwerking",
        "een opleiding en een set afspraken waarmee loketmedewerkers duidelijk en eenvoudig communiceren",
        ["toegankelijke-dienstverlening", "taalbeleid"], ["lokale-medewerkers", "anderstalige-nieuwkomers"],
        ["huis-van-het-nederlands", "volwassenenonderwijs"], ["klare taal", "loket", "taalbeleid"]),
    act!("Huiswerkbegeleiding", "huiswerk", "de huiswerkbegeleiding",
        "wekelijkse begeleiding van kinderen bij hun huiswerk, met aandacht voor taal en voor de ouders",
        ["onderwijs", "oefenkansen-nederlands"], ["kinderen", "anderstalige-ouders"],
        ["school", "vrijwilligersinitiatief"], ["huiswerk", "school", "ouders"]),
    act!("Ouderlokaal", "ouderlokaal", "het ouderlokaal",
        "een ontmoetingsruimte in de school waar ouders elkaar en het schoolteam beter leren kennen",
        ["onderwijs", "gezondheid-welzijn"], ["anderstalige-ouders", "kwetsbare-gezinnen"],
        ["school", "welzijnsorganisatie"], ["ouders", "school", "ontmoeting"]),
    act!("Jobbeurs", "jobbeurs", "de jobbeurs",
        "een jaarlijkse beurs waar werkgevers en anderstalige werkzoekenden elkaar rechtstreeks ontmoeten",
        ["werk-ondernemerschap", "competenties"], ["hoogopgeleide-anderstaligen", "werkgevers"],
        ["vdab", "werkgever"], ["werk", "werkgevers", "vacatures"]),
    act!("Erkenning van diploma's", "diploma", "de begeleiding bij de erkenning van diploma's",
        "persoonlijke begeleiding van nieuwkomers bij de gelijkschakeling van hun buitenlandse diploma",
        ["competenties", "werk-ondernemerschap"], ["hoogopgeleide-anderstaligen", "erkende-vluchtelingen"],
        ["vdab", "agentschap-integratie-inburgering"], ["diploma", "competenties", "werk"]),
    act!("Praktijktesten", "praktijktesten", "de praktijktesten",
        "anonieme testen die discriminatie op de private huurmarkt opsporen en verhuurders sensibiliseren",
        ["antidiscriminatie", "huisvesting"], ["verhuurders", "personen-met-migratieachtergrond"],
        ["kennisinstelling", "unia"], ["wonen", "discriminatie", "huurmarkt"]),
    act!("Woonbegeleiding", "woonbegeleiding", "de woonbegeleiding",
        "begeleiding van erkende vluchtelingen bij het zoeken en behouden van een betaalbare woning",
        ["huisvesting", "gezondheid-welzijn"], ["erkende-vluchtelingen", "gezinsherenigers"],
        ["ocmw-sociaal-huis", "welzijnsorganisatie"], ["wonen", "vluchtelingen", "begeleiding"]),
    act!("Sportkampen", "sportkampen", "de sportkampen",
        "vakantiekampen met sport en spel waar elk kind mee kan doen, ook met een beperkt budget",
        ["inclusieve-vrije-tijd"], ["kinderen", "jongeren"],
        ["middenveld", "school"], ["sport", "vakantie", "vrije tijd"]),
    act!("Vrouwengroep", "vrouwengroep", "de vrouwengroep",
        "een wekelijkse groep waar vrouwen samen koken, praten en informatie krijgen over gezondheid",
        ["ontmoeting-participatie", "gezondheid-welzijn"], ["vrouwen", "personen-met-migratieachtergrond"],
        ["zelforganisatie", "welzijnsorganisatie"], ["vrouwen", "gezondheid", "ontmoeting"]),
    act!("Dialoogtafels", "dialoogtafels", "de dialoogtafels",
        "begeleide gesprekken waarin inwoners met verschillende achtergronden over gevoelige thema's praten",
        ["polarisatie-sociale-samenhang", "ontmoeting-participatie"], ["alle-inwoners", "jongeren"],
        ["middenveld", "kennisinstelling"], ["dialoog", "polarisatie", "samenleven"]),
    act!("Buurtbemiddeling", "buurtbemiddeling", "de buurtbemiddeling",
        "bemiddeling door getrainde vrijwilligers bij conflicten tussen buren, voor het escaleert",
        ["veiligheid-leefbaarheid", "polarisatie-sociale-samenhang"], ["alle-inwoners", "vrijwilligers"],
        ["politie", "vrijwilligersinitiatief"], ["buren", "bemiddeling", "leefbaarheid"]),
    act!("Diversiteitsplan", "diversiteitsplan", "het diversiteitsplan",
        "een plan om de personeelsploeg van het lokaal bestuur een betere afspiegeling van de inwoners te maken",
        ["divers-personeelsbeleid"], ["lokale-medewerkers", "personen-met-migratieachtergrond"],
        ["vdab", "kennisinstelling"], ["personeel", "diversiteit", "werving"]),
    act!("Campagne tegen vooroordelen", "campagne", "de campagne tegen vooroordelen",
        "een campagne met verhalen van inwoners die vooroordelen over nieuwkomers ter discussie stelt",
        ["beeldvorming-communicatie", "antidiscriminatie"], ["alle-inwoners"],
        ["middenveld", "zelforganisatie"], ["beeldvorming", "campagne", "vooroordelen"]),
    act!("Lokaal integratieplan", "integratieplan", "het lokaal integratieplan",
        "een meerjarenplan waarin alle diensten hun acties rond samenleven in diversiteit op elkaar afstemmen",
        ["regie-beleidsplanning"], ["alle-inwoners", "lokale-medewerkers"],
        ["agentschap-integratie-inburgering", "provincie"], ["beleid", "regie", "planning"]),
    act!("Zomerschool", "zomerschool", "de zomerschool",
        "twee weken taallessen en activiteiten in de zomer zodat leerlingen hun Nederlands niet verliezen",
        ["nederlands-leren", "onderwijs"], ["okan-leerlingen", "kinderen"],
        ["school", "volwassenenonderwijs"], ["zomer", "taal", "leerlingen"]),
    act!("Leesclub", "leesclub", "de leesclub",
        "een leesclub met boeken in eenvoudig Nederlands, begeleid door een medewerker van de bibliotheek",
        ["oefenkansen-nederlands", "inclusieve-vrije-tijd"], ["anderstalige-nieuwkomers", "ouderen"],
        ["bibliotheek"], ["lezen", "bibliotheek", "taal"]),
    act!("Gezondheidsinfosessies", "gezondheid", "de infosessies over gezondheid",
        "infosessies in de eigen taal over de huisarts, de apotheek en de spoeddienst",
        ["gezondheid-welzijn", "toegankelijke-dienstverlening"], ["personen-met-migratieachtergrond", "nieuwkomers"],
        ["welzijnsorganisatie", "zelforganisatie"], ["gezondheid", "zorg", "info"]),
    act!("Verenigingscoach", "verenigingscoach", "de verenigingscoach",
        "een coach die verenigingen helpt om nieuwe leden met een migratieachtergrond aan te trekken",
        ["inclusieve-vrije-tijd", "ontmoeting-participatie"], ["verenigingen", "vrijwilligers"],
        ["middenveld"], ["verenigingen", "vrije tijd", "leden"]),
    act!("Onthaal van verzoekers", "onthaal-verzoekers", "het onthaal van verzoekers",
        "een onthaalprogramma voor bewoners van de lokale opvang, samen met buren en verenigingen",
        ["onthaal-nieuwkomers", "ontmoeting-participatie"], ["verzoekers-internationale-bescherming", "alle-inwoners"],
        ["agentschap-integratie-inburgering", "middenveld"], ["opvang", "onthaal", "buren"]),
    act!("Brieven in klare taal", "klare-taal", "het project brieven in klare taal",
        "het herschrijven van de meest verstuurde brieven van het bestuur in eenvoudig Nederlands",
        ["taalbeleid", "beeldvorming-communicatie"], ["alle-inwoners", "lokale-medewerkers"],
        ["huis-van-het-nederlands"], ["klare taal", "brieven", "communicatie"]),
    act!("Inburgering op maat", "inburgering", "het traject inburgering op maat",
        "een lokaal traject dat inburgeraars helpt om les, werk en kinderopvang te combineren",
        ["onthaal-nieuwkomers", "nederlands-leren"], ["inburgeraars-verplicht", "inburgeraars-niet-verplicht"],
        ["agentschap-integratie-inburgering", "volwassenenonderwijs"], ["inburgering", "taal", "werk"]),
];

#[rustfmt::skip]
const QUALIFIERS: &[(&str, &str)] = &[
    ("voor ouders", "ouders"), ("met vrijwilligers", "vrijwilligers"), ("op zaterdag", "zaterdag"),
    ("voor jongeren", "jongeren"), ("op maat", "op-maat"), ("voor de hele buurt", "buurt"),
    ("op wijkniveau", "wijk"), ("voor werkzoekenden", "werkzoekenden"), ("rond de school", "school"),
    ("na de schooluren", "naschools"), ("in de zomer", "zomer"), ("met de bibliotheek", "bib"),
];

/// Partner organisation per actor type; `{m}` is the municipality, `{p}` the province.
#[rustfmt::skip]
const PARTNERS: &[(&str, &str)] = &[
    ("ocmw-sociaal-huis", "Sociaal Huis {m}"),
    ("intergemeentelijk-samenwerkingsverband", "Welzijnsregio {p}"),
    ("agentschap-integratie-inburgering", "Agentschap Integratie en Inburgering"),
    ("huis-van-het-nederlands", "Huis van het Nederlands {p}"),
    ("vdab", "VDAB {m}"), ("volwassenenonderwijs", "CVO {m}"),
    ("bibliotheek", "Bibliotheek {m}"), ("school", "Basisschool De Regenboog {m}"),
    ("welzijnsorganisatie", "CAW {p}"), ("middenveld", "Vormingplus {p}"),
    ("vrijwilligersinitiatief", "Vrijwilligerspunt {m}"),
    ("zelforganisatie", "Vereniging Samen Sterk {m}"),
    ("politie", "Politiezone {m}"), ("provincie", "Provincie {p}"),
    ("unia", "Unia"), ("kennisinstelling", "Hogeschool {p}"),
    ("werkgever", "Lokaal Ondernemersnetwerk {m}"),
];

/// Target group id and a Dutch phrase for use in sentences.
#[rustfmt::skip]
const GROUPS: &[(&str, &str)] = &[
    ("nieuwkomers", "nieuwkomers"), ("anderstalige-nieuwkomers", "anderstalige nieuwkomers"),
    ("inburgeraars-verplicht", "verplichte inburgeraars"),
    ("inburgeraars-niet-verplicht", "inburgeraars zonder verplichting"),
    ("erkende-vluchtelingen", "erkende vluchtelingen"),
    ("verzoekers-internationale-bescherming", "verzoekers om internationale bescherming"),
    ("gezinsherenigers", "gezinsherenigers"), ("eu-burgers", "EU-burgers"),
    ("anderstalige-ouders", "anderstalige ouders"), ("kinderen", "kinderen"),
    ("jongeren", "jongeren"), ("okan-leerlingen", "OKAN-leerlingen"),
    ("hoogopgeleide-anderstaligen", "hoogopgeleide anderstaligen"), ("vrouwen", "vrouwen"),
    ("ouderen", "ouderen"), ("personen-met-migratieachtergrond", "mensen met een migratieachtergrond"),
    ("kwetsbare-gezinnen", "kwetsbare gezinnen"), ("alle-inwoners", "inwoners"),
    ("vrijwilligers", "vrijwilligers"), ("lokale-medewerkers", "medewerkers van het bestuur"),
    ("verenigingen", "verenigingen"), ("werkgevers", "werkgevers"), ("verhuurders", "verhuurders"),
];

#[rustfmt::skip]
const FUNDING: &[&str] = &[
    "eigen-middelen", "plan-samenleven", "vlaamse-subsidie", "amif", "esf", "provincie", "andere",
];

// Sentence templates: {m} municipality, {a} activity with article, {A} same capitalised,
// {g} target group, {p} partner, {n} a number, {y} the start year.
const CONTEXT: &[&str] = &[
    "In {m} wonen steeds meer {g} die de weg naar de lokale diensten niet altijd vinden.",
    "Medewerkers van het sociaal huis merkten dat veel vragen bleven liggen omdat de drempel om binnen te stappen te hoog was.",
    "Uit de omgevingsanalyse van {y} bleek dat {g} weinig kansen hadden om buiten de les Nederlands te spreken.",
    "Verenigingen en scholen in {m} vroegen het bestuur om een aanpak die verder gaat dan losse acties.",
    "Het bestuur wilde zijn beleid rond samenleven in diversiteit beter afstemmen op wat er in de wijken leeft.",
    "Het lokaal bestuur zag dat informatie over wonen, werk en onderwijs vaak te ingewikkeld geschreven was.",
    "Partners zoals {p} signaleerden dat mensen afhaken wanneer ze te lang op een antwoord moeten wachten.",
    "Tijdens een bevraging gaven inwoners van {m} aan dat ze hun buren nauwelijks kennen en weinig samen doen.",
];
const GOALS: &[&str] = &[
    "{A} wil {g} sneller en met meer vertrouwen hun weg laten vinden in {m}.",
    "We willen dat deelnemers na enkele maanden vlotter Nederlands spreken in alledaagse situaties.",
    "Een tweede doel is dat vrijwilligers en nieuwe inwoners elkaar beter leren kennen en blijven ontmoeten.",
    "Het bestuur wil de dienstverlening toegankelijker maken voor iedereen, ongeacht taal of achtergrond.",
    "We streven naar een duurzaam netwerk van partners dat ook zonder projectsubsidie blijft werken.",
    "Daarnaast willen we zicht krijgen op de drempels die {g} ervaren, zodat het beleid kan worden bijgestuurd.",
    "Op lange termijn moet {a} een vast onderdeel worden van het lokale aanbod in {m}.",
];
const APPROACH: &[&str] = &[
    "De aanpak werd samen met {p} uitgewerkt en stap voor stap uitgerold over de hele gemeente.",
    "Deelnemers komen op een vaste plek samen, met een begeleider die het gesprek op gang trekt en opvolgt.",
    "We starten elk jaar met een kleine groep en breiden uit zodra de werking goed loopt.",
];
const STEPS: &[&str] = &[
    "Een coördinator brengt de partners samen en maakt een planning voor het hele jaar.",
    "Vrijwilligers krijgen een korte opleiding over taalondersteuning en interculturele communicatie.",
    "Via scholen, het onthaalbureau en de bibliotheek worden deelnemers persoonlijk uitgenodigd.",
    "Na elke sessie noteren de begeleiders wat goed liep en wat beter kan.",
    "Twee keer per jaar evalueert de stuurgroep de werking en stuurt ze waar nodig bij.",
    "Deelnemers die dat willen, worden doorverwezen naar een cursus of een vereniging in de buurt.",
    "Het bestuur zorgt voor een gratis zaal, koffie en drukwerk in eenvoudige taal.",
];
const RESULTS: &[&str] = &[
    "Sinds de start in {y} namen ongeveer {n} mensen deel aan {a}.",
    "Een bevraging bij deelnemers toonde dat een grote meerderheid zich beter thuis voelt in {m}.",
    "Begeleiders zien dat deelnemers na enkele maanden meer durven te vragen en vaker zelf het woord nemen.",
    "Het aantal doorverwijzingen naar een cursus Nederlands steeg duidelijk tegenover het jaar voordien.",
    "Een evaluatie bevestigde dat de aanpak werkt, al blijft het bereiken van {g} soms moeilijk.",
    "Meerdere partners namen onderdelen van de werking over in hun eigen aanbod.",
];
const SUCCESS: &[&str] = &[
    "De vaste contactpersoon bij het bestuur maakt het verschil: partners weten bij wie ze terechtkunnen.",
    "Het laagdrempelige karakter en de gratis deelname verlagen de drempel om een eerste keer te komen.",
    "Door met vrijwilligers te werken, blijft de kostprijs beperkt en groeit het netwerk vanzelf.",
    "De samenwerking met {p} zorgt ervoor dat {g} ons vlotter vinden.",
];
const CHALLENGES: &[&str] = &[
    "Het blijft moeilijk om vrijwilligers lang te engageren, zeker tijdens de zomermaanden.",
    "In het begin kwamen er weinig deelnemers omdat de communicatie te veel via schriftelijke kanalen liep.",
    "Een eerste versie met te veel verschillende partners liep vast en werd daarom vereenvoudigd.",
    "De financiering is telkens maar voor een jaar zeker, wat de planning op lange termijn bemoeilijkt.",
];
const START: &[&str] = &[
    "Een andere gemeente heeft een coördinator nodig voor ongeveer {n} uur per maand en een vaste, toegankelijke locatie.",
    "Reken op een beperkt werkingsbudget voor koffie, drukwerk en een vergoeding voor de vrijwilligers.",
    "Het draaiboek en de sjablonen voor uitnodigingen kunnen vrij worden hergebruikt door andere besturen.",
    "Zoek van bij de start partners zoals {p} die de doelgroep al goed kennen en vertrouwen genieten.",
    "Plan een evaluatie na het eerste jaar, zodat je de werking tijdig kunt bijsturen waar het nodig is.",
];

const INVALID_KINDS: usize = 8;

struct Opts {
    n: usize,
    out: PathBuf,
    seed: u64,
    invalid_every: usize,
    schema: PathBuf,
    schema_given: bool,
}

const USAGE: &str = "usage: gen_corpus N OUT_DIR [--seed S] [--invalid-every K] [--schema DIR]";

fn parse_args() -> Res<Opts> {
    let mut pos = Vec::new();
    let mut o = Opts {
        n: 0,
        out: PathBuf::new(),
        seed: 1,
        invalid_every: 0,
        schema: PathBuf::from("schema"),
        schema_given: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--seed" => o.seed = val("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--invalid-every" => {
                o.invalid_every = val("--invalid-every")?
                    .parse()
                    .map_err(|e| format!("--invalid-every: {e}"))?
            }
            "--schema" => {
                o.schema = PathBuf::from(val("--schema")?);
                o.schema_given = true;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}").into()),
            _ => pos.push(a),
        }
    }
    if pos.len() != 2 {
        return Err(USAGE.into());
    }
    o.n = pos[0].parse().map_err(|e| format!("N: {e}\n{USAGE}"))?;
    o.out = PathBuf::from(&pos[1]);
    Ok(o)
}

fn io_err(what: &str, path: &Path, e: std::io::Error) -> Box<dyn Error> {
    format!("{what} {}: {e}", path.display()).into()
}

fn copy_dir(src: &Path, dst: &Path) -> Res<()> {
    fs::create_dir_all(dst).map_err(|e| io_err("cannot create", dst, e))?;
    for entry in fs::read_dir(src).map_err(|e| io_err("cannot read", src, e))? {
        let entry = entry.map_err(|e| io_err("cannot read", src, e))?;
        let from = entry.path();
        let to = dst.join(entry.file_name());
        let ty = entry
            .file_type()
            .map_err(|e| io_err("cannot stat", &from, e))?;
        if ty.is_dir() {
            copy_dir(&from, &to)?;
        } else {
            fs::copy(&from, &to).map_err(|e| io_err("cannot copy", &from, e))?;
        }
    }
    Ok(())
}

/// Replace `{x}` placeholders in `tpl`.
fn fill(out: &mut String, tpl: &str, v: &Vars) {
    let mut rest = tpl;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let key = rest.as_bytes()[i + 1];
        match key {
            b'm' => out.push_str(v.m),
            b'a' => out.push_str(v.a),
            b'A' => out.push_str(&cap(v.a)),
            b'g' => out.push_str(v.g),
            b'p' => out.push_str(&v.p),
            b'n' => {
                let _ = write!(out, "{}", v.n);
            }
            b'y' => {
                let _ = write!(out, "{}", v.y);
            }
            _ => out.push_str(&rest[i..i + 3]),
        }
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
}

struct Vars<'a> {
    m: &'a str,
    a: &'a str,
    g: &'a str,
    p: String,
    n: u32,
    y: u32,
    owner: String,
    host: String,
    id: &'a str,
}

fn paragraph(out: &mut String, rng: &mut StdRng, pool: &[&str], k: usize, v: &Vars) {
    for (j, s) in pool.choose_multiple(rng, k).enumerate() {
        if j > 0 {
            out.push(' ');
        }
        fill(out, s, v);
    }
    out.push_str("\n\n");
}

fn partner_name(tpl: &str, m: &str, province: &str) -> String {
    let p = match province {
        "antwerpen" => "Antwerpen",
        "limburg" => "Limburg",
        "oost-vlaanderen" => "Oost-Vlaanderen",
        "vlaams-brabant" => "Vlaams-Brabant",
        _ => "West-Vlaanderen",
    };
    tpl.replace("{m}", m).replace("{p}", p)
}

fn date(rng: &mut StdRng, from_year: u32, to_year: u32, full: bool) -> String {
    let y = rng.random_range(from_year..=to_year);
    let mo = rng.random_range(1..=12);
    if full {
        format!("{y}-{mo:02}-{:02}", rng.random_range(1..=28))
    } else {
        format!("{y}-{mo:02}")
    }
}

/// A date between 2025-11-02 and 2026-10-31.
fn assessment_date(rng: &mut StdRng) -> String {
    let k = rng.random_range(0..12u32); // 2025-11 .. 2026-10
    let (y, mo) = if k < 2 { (2025, 11 + k) } else { (2026, k - 1) };
    let d = rng.random_range(if k == 0 { 2 } else { 1 }..=28);
    format!("{y}-{mo:02}-{d:02}")
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Draft,
    Review,
    Published,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Review => "review",
            Status::Published => "published",
        }
    }
}

fn pick<'a>(rng: &mut StdRng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// What the main loop decides about one practice.
struct Item<'a> {
    id: &'a str,
    title: &'a str,
    municipality: usize,
    act: &'a Activity,
    related: &'a [&'a str],
    invalid: Option<usize>,
}

/// Append one practice file to `out`; returns its status and province folder.
fn practice(
    out: &mut String,
    rng: &mut StdRng,
    it: &Item,
) -> Result<(Status, &'static str), fmt::Error> {
    let (nis, mname, province, city) = MUNICIPALITIES[it.municipality];
    let (act, id, bad) = (it.act, it.id, it.invalid);
    let mut status = match rng.random_range(0..20) {
        0..4 => Status::Draft,
        4..9 => Status::Review,
        _ => Status::Published,
    };
    match bad {
        Some(4 | 7) if status == Status::Draft => status = Status::Review,
        Some(5) => status = Status::Published,
        _ => {}
    }
    let full = status != Status::Draft;
    let mslug = mname.to_lowercase();
    let ptype = pick(rng, act.partners);
    let ptpl = PARTNERS
        .iter()
        .find(|p| p.0 == ptype)
        .map_or("Vormingplus {p}", |p| p.1);
    let y = rng.random_range(2014..=2024);
    let v = Vars {
        m: mname,
        a: act.the,
        g: GROUPS
            .iter()
            .find(|g| g.0 == act.groups[0])
            .map_or("inwoners", |g| g.1),
        p: partner_name(ptpl, mname, province),
        n: rng.random_range(2..=40) * 10,
        y,
        owner: format!("{} {mname}", if city { "Stad" } else { "Gemeente" }),
        host: format!("https://{mslug}.example.org"),
        id,
    };
    let (owner, host) = (&v.owner, &v.host);

    let suffix = if bad == Some(6) { "-oud" } else { "" };
    writeln!(out, "---\nid: {id}{suffix}")?;
    if bad != Some(2) {
        writeln!(out, "title: \"{}\"", it.title)?;
    }
    writeln!(out, "status: {}", status.as_str())?;
    let mut munis = vec![match bad {
        Some(3) => "\"99999\"".to_string(),
        _ if rng.random_bool(0.2) => mname.to_string(),
        _ => format!("\"{nis}\""),
    }];
    if full && rng.random_bool(0.15) {
        for &(code, _, prov, _) in MUNICIPALITIES {
            if prov == province && code != nis && munis.len() < 3 && rng.random_bool(0.4) {
                munis.push(format!("\"{code}\""));
            }
        }
    }
    writeln!(out, "municipalities: [{}]", munis.join(", "))?;
    if full || rng.random_bool(0.7) {
        let what = cap(act.what);
        writeln!(
            out,
            "summary: \"{what}. Een initiatief van {owner} samen met {}.\"",
            v.p
        )?;
    }
    if full {
        let scope = match munis.len() {
            1 => pick(rng, &["lokaal", "lokaal", "lokaal", "regionaal"]),
            _ => "intergemeentelijk",
        };
        writeln!(out, "scope: {scope}")?;
    }
    if full || matches!(bad, Some(0 | 1)) || rng.random_bool(0.8) {
        let mut themes = act.themes.to_vec();
        let extra = ACTIVITIES[rng.random_range(0..ACTIVITIES.len())].themes[0];
        if rng.random_bool(0.3) && !themes.contains(&extra) {
            themes.push(extra);
        }
        if bad == Some(1) {
            themes.push("integratie");
        }
        let key = if bad == Some(0) { "themas" } else { "themes" };
        writeln!(out, "{key}: [{}]", themes.join(", "))?;
        writeln!(out, "target_groups: [{}]", act.groups.join(", "))?;
    }
    if full {
        writeln!(out, "organisations:")?;
        writeln!(
            out,
            "  - {{name: \"{owner}\", type: lokaal-bestuur, role: eigenaar}}"
        )?;
        writeln!(
            out,
            "  - {{name: \"{}\", type: {ptype}, role: partner}}",
            v.p
        )?;
        if ptype != "provincie" && rng.random_bool(0.2) {
            let name = partner_name("Provincie {p}", mname, province);
            writeln!(
                out,
                "  - {{name: \"{name}\", type: provincie, role: financier}}"
            )?;
        }
        let lc = pick(
            rng,
            &["lopend", "lopend", "structureel", "afgerond", "stopgezet"],
        );
        let start = if rng.random_bool(0.2) {
            format!("\"{y}\"")
        } else {
            let full_date = rng.random_bool(0.3);
            date(rng, y, y, full_date)
        };
        write!(out, "period: {{start: {start}, ")?;
        if matches!(lc, "afgerond" | "stopgezet") {
            write!(out, "end: {}, ", date(rng, y + 1, (y + 3).min(2025), false))?;
        }
        writeln!(out, "lifecycle: {lc}}}")?;
        let level = pick(
            rng,
            &[
                "beschreven",
                "output-gemeten",
                "intern-geevalueerd",
                "extern-geevalueerd",
            ],
        );
        let year = rng.random_range(y..=2026);
        writeln!(
            out,
            "evidence:\n  level: {level}\n  sources: [\"{host}/{id}/verslag-{year}\"]"
        )?;
        let count = rng.random_range(10..5000);
        let unit = pick(
            rng,
            &[
                "deelnemers",
                "gezinnen",
                "leerlingen",
                "bezoekers",
                "inwoners",
            ],
        );
        let per = pick(rng, &["per jaar", "per editie", "sinds de start"]);
        writeln!(
            out,
            "reach: {{count: {count}, unit: {unit}, period: {per}}}"
        )?;
        let cost = pick(
            rng,
            &["laag", "gemiddeld", "hoog", "ongeveer 5000 euro per jaar"],
        );
        let staff = pick(
            rng,
            &["1 coördinator", "0,5 VTE", "2 medewerkers en vrijwilligers"],
        );
        writeln!(
            out,
            "deployability:\n  materials: [\"{host}/{id}/draaiboek.pdf\"]"
        )?;
        writeln!(out, "  cost: \"{cost}\"\n  staff: \"{staff}\"")?;
        writeln!(
            out,
            "  prerequisites: \"Een vaste locatie en een partner die {} bereikt.\"",
            v.g
        )?;
        let nf = rng.random_range(1..=2);
        let funding: Vec<&str> = FUNDING.choose_multiple(rng, nf).copied().collect();
        writeln!(out, "funding: [{}]", funding.join(", "))?;
        let at = if bad == Some(7) { "(at)" } else { "@" };
        let email = format!("samenleven{at}{mslug}.example.org");
        writeln!(
            out,
            "contact: {{organisation: \"{owner}\", email: {email}, url: \"{host}\"}}"
        )?;
        if rng.random_bool(0.5) {
            let title = format!("Meer over {} in {mname}", act.the);
            writeln!(
                out,
                "links:\n  - {{title: \"{title}\", url: \"{host}/{id}\"}}"
            )?;
        }
    }
    if !it.related.is_empty() {
        writeln!(out, "related: [{}]", it.related.join(", "))?;
    }
    if rng.random_bool(0.7) {
        writeln!(out, "keywords: [{}]", act.keywords.join(", "))?;
    }
    if status == Status::Published {
        let by = pick(
            rng,
            &["redactie", "VVSG", "Agentschap Integratie en Inburgering"],
        );
        let on = assessment_date(rng);
        let mut c = [0; 3].map(|_| pick(rng, &["voldaan", "voldaan", "deels"]));
        if bad == Some(5) {
            c[2] = "niet";
        }
        let [p, d, r] = c;
        writeln!(
            out,
            "assessment: {{by: \"{by}\", on: {on}, proven: {p}, deployable: {d}, reach: {r}}}"
        )?;
    }
    if rng.random_bool(0.5) {
        out.push_str("language: nl\nlicense: CC-BY-4.0\n");
    }
    out.push_str("---\n");
    body(out, rng, status, bad, &v)?;
    Ok((status, province))
}

fn section(out: &mut String, rng: &mut StdRng, heading: &str, pool: &[&str], k: usize, v: &Vars) {
    out.push_str("## ");
    out.push_str(heading);
    out.push_str("\n\n");
    paragraph(out, rng, pool, k, v);
}

fn body(
    out: &mut String,
    rng: &mut StdRng,
    status: Status,
    bad: Option<usize>,
    v: &Vars,
) -> fmt::Result {
    section(out, rng, "Context", CONTEXT, 3, v);
    section(out, rng, "Doelen", GOALS, 3, v);
    section(out, rng, "Aanpak", APPROACH, 2, v);
    for (j, s) in STEPS.choose_multiple(rng, 4).enumerate() {
        write!(out, "{}. ", j + 1)?;
        fill(out, s, v);
        out.push('\n');
    }
    out.push('\n');
    if bad != Some(4) {
        section(out, rng, "Resultaten", RESULTS, 3, v);
    }
    if rng.random_bool(0.6) {
        section(out, rng, "Succesfactoren", SUCCESS, 2, v);
    }
    if rng.random_bool(0.5) {
        section(out, rng, "Uitdagingen", CHALLENGES, 2, v);
    }
    if status == Status::Published || rng.random_bool(0.3) {
        section(out, rng, "Zelf aan de slag", START, 3, v);
    }
    if rng.random_bool(0.4) {
        let (owner, host, id) = (&v.owner, &v.host, v.id);
        writeln!(
            out,
            "## Meer weten\n\n- [Website van {owner}]({host})\n- [Verslag]({host}/{id}/verslag)"
        )?;
    }
    Ok(())
}

fn run(o: &Opts) -> Res<()> {
    let t0 = Instant::now();
    let practices = o.out.join("practices");
    if practices.exists() {
        return Err(format!(
            "{} already exists; give an OUT_DIR without practices/",
            practices.display()
        )
        .into());
    }
    for p in PROVINCES {
        let d = practices.join(p);
        fs::create_dir_all(&d).map_err(|e| io_err("cannot create", &d, e))?;
    }
    if o.schema.is_dir() {
        copy_dir(&o.schema, &o.out.join("schema"))?;
    } else if o.schema_given {
        return Err(format!("schema directory {} not found", o.schema.display()).into());
    } else {
        eprintln!(
            "warning: no schema directory {} (use --schema DIR); OUT_DIR/schema not written",
            o.schema.display()
        );
    }

    let mut rng = StdRng::seed_from_u64(o.seed);
    // Ids that `related` may point to: all but those made invalid with a wrong id.
    let mut targets: Vec<String> = Vec::with_capacity(o.n);
    let mut seen: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut buf = String::with_capacity(8192);
    let mut path = PathBuf::new();
    let mut counts = [0usize; 3];
    let mut bytes = 0usize;
    for i in 0..o.n {
        let mi = rng.random_range(0..MUNICIPALITIES.len());
        let ai = rng.random_range(0..ACTIVITIES.len());
        let (qual, qslug) = QUALIFIERS[rng.random_range(0..QUALIFIERS.len())];
        let act = &ACTIVITIES[ai];
        let mname = MUNICIPALITIES[mi].1;
        let base_id = format!("{}-{}-{qslug}", mname.to_lowercase(), act.slug);
        let k = seen.entry(base_id.clone()).or_insert(0);
        *k += 1;
        let (id, title) = if *k == 1 {
            (base_id, format!("{} {qual} in {mname}", act.label))
        } else {
            (
                format!("{base_id}-{k}"),
                format!("{} {qual} in {mname} ({k})", act.label),
            )
        };
        let invalid = (o.invalid_every > 0 && (i + 1) % o.invalid_every == 0)
            .then(|| ((i + 1) / o.invalid_every - 1) % INVALID_KINDS);
        let mut related: Vec<&str> = Vec::new();
        if !targets.is_empty() && rng.random_bool(0.3) {
            for _ in 0..rng.random_range(1..=3) {
                let r = targets[rng.random_range(0..targets.len())].as_str();
                if !related.contains(&r) {
                    related.push(r);
                }
            }
        }
        buf.clear();
        let item = Item {
            id: &id,
            title: &title,
            municipality: mi,
            act,
            related: &related,
            invalid,
        };
        let (status, province) = practice(&mut buf, &mut rng, &item)?;
        counts[status as usize] += 1;
        bytes += buf.len();
        path.clear();
        path.push(&practices);
        path.push(province);
        path.push(format!("{id}.md"));
        fs::write(&path, &buf).map_err(|e| io_err("cannot write", &path, e))?;
        if invalid != Some(6) {
            targets.push(id);
        }
    }
    let invalid = o.n.checked_div(o.invalid_every).unwrap_or(0);
    eprintln!(
        "wrote {} practices ({} draft, {} review, {} published, {invalid} invalid, {:.1} KB average) to {} in {:.2} s",
        o.n,
        counts[0],
        counts[1],
        counts[2],
        bytes as f64 / o.n.max(1) as f64 / 1024.0,
        practices.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> ExitCode {
    let r = parse_args().and_then(|o| run(&o));
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
