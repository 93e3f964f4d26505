import type { Locale } from '@/domain/locale/locales'
import type { ApplicantKind, ApplicationField, ApplicationProblem, CooperationLanguage } from '@/domain/partnerships/application'
import type { CooperationArea } from '@/domain/partnerships/cooperationAreas'
import type { MatchReason } from '@/domain/partnerships/matching'
import type { PartnershipStatus, StatusProblem } from '@/domain/partnerships/status'

/**
 * Interface strings of foreign partnerships (applications, partner regions, the map) and of
 * questionnaires, in the three languages of the public site. Application e-mails use them too.
 */
const cs = {
  statuses: {
    draft: 'Rozpracovaná žádost',
    submitted: 'Podáno',
    'in-review': 'Posuzuje se',
    'partner-contacted': 'Osloven partnerský region',
    'partner-proposed': 'Navržen partner',
    matched: 'Partnerství navázáno',
    declined: 'Zamítnuto',
    closed: 'Uzavřeno',
  } satisfies Record<PartnershipStatus, string>,
  areas: {
    'schools-youth': 'Spolupráce škol a výměny mládeže',
    culture: 'Kultura',
    tourism: 'Cestovní ruch',
    'municipal-experience': 'Sdílení zkušeností samospráv a výměny zaměstnanců',
    business: 'Podpora podnikání',
    'science-innovation': 'Věda, výzkum a inovace',
    'social-services': 'Sociální oblast',
    'public-institutions': 'Další instituce (knihovny, městská policie, muzea, sportovní kluby)',
  } satisfies Record<CooperationArea, string>,
  languages: {
    cs: 'čeština',
    pl: 'polština',
    sk: 'slovenština',
    de: 'němčina',
    en: 'angličtina',
    fr: 'francouzština',
    other: 'jiný jazyk',
  } satisfies Record<CooperationLanguage, string>,
  countries: { CZ: 'Česko', PL: 'Polsko', SK: 'Slovensko', DE: 'Německo', AT: 'Rakousko', FR: 'Francie', CN: 'Čína', OTHER: 'jiný stát' } as Record<string, string>,
  applicantKinds: { municipality: 'Obec nebo město', school: 'Škola', institution: 'Jiná instituce' } satisfies Record<ApplicantKind, string>,
  fields: {
    applicantKind: 'Kdo žádá',
    applicantName: 'Název žadatele',
    municipality: 'Obec',
    homeRegion: 'Kraj žadatele',
    'contact.name': 'Kontaktní osoba',
    'contact.position': 'Funkce kontaktní osoby',
    'contact.email': 'E-mail kontaktní osoby',
    'contact.phone': 'Telefon kontaktní osoby',
    desiredRegions: 'Partnerské regiony',
    cooperationAreas: 'Oblasti spolupráce',
    offer: 'Co nabízíme',
    lookingFor: 'Co hledáme',
    motivation: 'Proč o partnerství stojíme',
    languages: 'Jazyky, ve kterých se domluvíme',
    population: 'Počet obyvatel (u škol počet žáků)',
    correspondenceLanguage: 'Jazyk našich e-mailů',
    consent: 'Souhlas se zpracováním osobních údajů',
    signedForm: 'Podepsaná žádost (PDF, nepovinné)',
  } satisfies Record<ApplicationField | 'signedForm', string>,
  problems: {
    required: 'vyplňte prosím',
    'too-long': (max: number) => `nejvýše ${max.toLocaleString('cs')} znaků`,
    'invalid-email': 'zadejte platnou e-mailovou adresu, např. starosta@obec.cz',
    'invalid-phone': 'zadejte telefon jen číslicemi a mezerami, případně s + na začátku',
    'unknown-choice': 'vyberte prosím jednu z nabízených možností',
    'not-a-partner-region': 'vyberte jen regiony, se kterými váš kraj spolupracuje',
    'out-of-range': (min: number, max: number) => `zadejte celé číslo od ${min.toLocaleString('cs')} do ${max.toLocaleString('cs')}`,
    'file-type': 'nahrajte prosím soubor PDF',
    'file-size': (megabytes: number) => `soubor je příliš velký, nejvýše ${megabytes} MB`,
    'no-office': 'pro tento kraj zatím žádosti nepřijímáme',
    'file-missing': 'soubor se nepodařilo najít, nahrajte ho prosím znovu',
  },
  page: {
    partnershipsTitle: 'Zahraniční partnerství obcí',
    partnershipsIntro:
      'Hledáte partnerskou obec, město nebo školu v zahraničí? Kraj vám pomůže oslovit své partnerské regiony a najít vhodný protějšek. Zda partnerství navážete, je už jen na vás.',
    benefitsHeading: 'Co může partnerství přinést',
    applyCta: 'Podat žádost o partnera',
    myApplications: 'Moje žádosti',
    noApplications: 'Zatím jste nepodali žádnou žádost.',
    loginToSeeApplications: 'Přihlaste se jako člen a uvidíte stav svých žádostí a rozpracované žádosti.',
    continueDraft: 'Pokračovat v úpravách',
    applicationTitle: 'Žádost o zahraničního partnera',
    applyIntro: 'Vyplňte prosím žádost. Údaje označené hvězdičkou jsou povinné.',
    chooseRegionFirst: 'Nejprve vyberte kraj, ve kterém žádáte:',
    applicantSection: 'Žadatel',
    contactSection: 'Kontaktní osoba',
    wishesSection: 'Jakého partnera hledáte',
    aboutSection: 'O vás',
    consentText:
      'Souhlasím se zpracováním uvedených osobních údajů za účelem vyhledání zahraničního partnera a s jejich předáním partnerskému regionu.',
    saveDraft: 'Uložit rozpracované',
    submit: 'Odeslat žádost',
    required: 'povinné',
    errorSummary: 'Žádost nebyla odeslána. Opravte prosím tyto údaje:',
    draftSaved: 'Rozpracovaná žádost je uložena. Můžete se k ní kdykoli vrátit.',
    submitted: (reference: string) => `Děkujeme, žádost byla odeslána pod číslem ${reference}. Potvrzení jsme poslali e-mailem.`,
    reference: 'Číslo žádosti',
    status: 'Stav',
    submittedAt: 'Podáno',
    history: 'Průběh vyřizování',
    proposedPartner: 'Navržený partner',
    messageFromOffice: 'Zpráva úřadu',
    handlingOffice: 'Vyřizuje',
    backToApplications: 'Zpět na moje žádosti',
    notFound: 'Žádost nebyla nalezena.',
  },
  regions: {
    title: 'Partnerské regiony a partnerství obcí',
    intro: 'Kraje spolupracují se zahraničními regiony; jejich obce, města a školy navazují vlastní partnerství.',
    czRegions: 'Kraje a jejich partnerské regiony',
    partnerRegionsOf: (region: string) => `Partnerské regiony – ${region}`,
    partnerRegions: 'Partnerské regiony',
    noPartnerRegions: 'Tento kraj zatím nemá zapsané partnerské regiony.',
    country: 'Stát',
    languages: 'Jazyky',
    partnerships: 'Partnerství obcí',
    partnershipCount: (count: number) => `${count} partnerství`,
    noPartnerships: 'Filtru neodpovídá žádné partnerství.',
    mapTitle: 'Mapa partnerství',
    mapDescription: (regions: number, partnerships: number) =>
      `Mapa ukazuje ${regions} regionů a ${partnerships} partnerství; stejné údaje obsahuje seznam pod mapou.`,
    filters: 'Filtrovat partnerství',
    filterCountry: 'Stát partnera',
    filterArea: 'Oblast spolupráce',
    filterRegion: 'Kraj',
    filterAll: 'vše',
    applyFilters: 'Použít filtr',
    municipality: 'Obec',
    partner: 'Zahraniční partner',
    since: 'Od roku',
    areas: 'Oblasti',
    applyHere: 'Hledáte partnera v těchto regionech? Podejte žádost.',
  },
  email: {
    confirmationSubject: (reference: string) => `Žádost o zahraničního partnera ${reference} přijata`,
    statusSubject: (reference: string, status: string) => `Žádost ${reference}: ${status}`,
    greeting: (name: string) => `Dobrý den, ${name},`,
    confirmationBody: (applicant: string, reference: string) =>
      `děkujeme za žádost o zahraničního partnera pro: ${applicant}. Přidělili jsme jí číslo ${reference}, uvádějte ho prosím v korespondenci. Ozveme se vám, jakmile žádost posoudíme.`,
    statusBody: (status: string) => `stav vaší žádosti se změnil na: ${status}.`,
    proposedPartner: 'Navrhovaný partner',
    message: 'Zpráva úřadu',
    link: 'Stav žádosti najdete také na portálu',
    signature: 'S pozdravem\nKancelář pro zahraniční spolupráci',
  },
  workflow: {
    fields: { status: 'Stav', statusMessage: 'Zpráva žadateli', 'proposedPartner.name': 'Navržený partner – název' },
    transition: (from: string | null, to: string, allowed: string[]) =>
      `${from ? `ze stavu „${from}“` : 'u nové žádosti'} nelze nastavit stav „${to}“${allowed.length ? `; lze zvolit: ${allowed.join(', ')}` : '; žádost už nelze měnit'}`,
    requiredFor: (status: string) => `vyplňte prosím pro stav „${status}“`,
  },
  matching: {
    sameRegions: (regions: string) => `Stejný partnerský region: ${regions}`,
    sharedAreas: (areas: string) => `Společné oblasti: ${areas}`,
    sharedLanguages: (languages: string) => `Společný jazyk: ${languages}`,
    similarSize: (ratio: string) => `Podobná velikost (poměr ${ratio} : 1)`,
    comparableSize: (ratio: string) => `Srovnatelná velikost (poměr ${ratio} : 1)`,
    partnership: 'Navázané partnerství',
    application: 'Jiná žádost',
  },
  summary: {
    title: 'Žádost o zahraničního partnera',
    intro: 'Níže uvedený žadatel hledá partnera ve vašem regionu. Děkujeme za pomoc s výběrem vhodného protějšku.',
    office: 'Předává',
    generated: (date: string) => `Vytvořeno ${date}`,
    page: (page: number, pages: number) => `Strana ${page} z ${pages}`,
  },
  forms: {
    closed: 'Tento formulář už nepřijímá odpovědi.',
    closesAt: (date: string) => `Odpovědi přijímáme do ${date}.`,
    membersOnly: 'Tento dotazník je jen pro členy. Přihlaste se prosím.',
    alreadyAnswered: 'Na tento dotazník jste už odpověděli. Děkujeme.',
    submit: 'Odeslat',
    thanks: 'Děkujeme, vaše odpověď byla uložena.',
    errorSummary: 'Odpověď nebyla uložena. Opravte prosím tyto údaje:',
    required: 'povinné',
    scaleFrom: (min: number, max: number) => `stupnice od ${min} do ${max}`,
    problems: {
      required: 'odpovězte prosím',
      'unknown-choice': 'vyberte prosím z nabízených možností',
      'out-of-range': (min: number, max: number) => `zvolte hodnotu od ${min} do ${max}`,
      'invalid-email': 'zadejte platnou e-mailovou adresu',
      'invalid-number': 'zadejte číslo',
      'too-long': (max: number) => `nejvýše ${max.toLocaleString('cs')} znaků`,
      'unknown-field': 'tato otázka ve formuláři není',
    },
    refusals: {
      closed: 'Formulář už nepřijímá odpovědi.',
      'members-only': 'Na tento dotazník mohou odpovídat jen přihlášení členové.',
      'already-answered': 'Na tento dotazník jste už odpověděli.',
    },
  },
}

export type PartnershipMessages = typeof cs

const pl: PartnershipMessages = {
  statuses: {
    draft: 'Wniosek w przygotowaniu',
    submitted: 'Złożony',
    'in-review': 'W ocenie',
    'partner-contacted': 'Skontaktowano się z regionem partnerskim',
    'partner-proposed': 'Zaproponowano partnera',
    matched: 'Partnerstwo nawiązane',
    declined: 'Odrzucony',
    closed: 'Zamknięty',
  },
  areas: {
    'schools-youth': 'Współpraca szkół i wymiana młodzieży',
    culture: 'Kultura',
    tourism: 'Turystyka',
    'municipal-experience': 'Wymiana doświadczeń samorządów i pracowników',
    business: 'Wsparcie przedsiębiorczości',
    'science-innovation': 'Nauka, badania i innowacje',
    'social-services': 'Sprawy społeczne',
    'public-institutions': 'Inne instytucje (biblioteki, straż miejska, muzea, kluby sportowe)',
  },
  languages: {
    cs: 'czeski',
    pl: 'polski',
    sk: 'słowacki',
    de: 'niemiecki',
    en: 'angielski',
    fr: 'francuski',
    other: 'inny język',
  },
  countries: { CZ: 'Czechy', PL: 'Polska', SK: 'Słowacja', DE: 'Niemcy', AT: 'Austria', FR: 'Francja', CN: 'Chiny', OTHER: 'inne państwo' },
  applicantKinds: { municipality: 'Gmina lub miasto', school: 'Szkoła', institution: 'Inna instytucja' },
  fields: {
    applicantKind: 'Wnioskodawca',
    applicantName: 'Nazwa wnioskodawcy',
    municipality: 'Gmina',
    homeRegion: 'Kraj (region) wnioskodawcy',
    'contact.name': 'Osoba kontaktowa',
    'contact.position': 'Stanowisko osoby kontaktowej',
    'contact.email': 'E-mail osoby kontaktowej',
    'contact.phone': 'Telefon osoby kontaktowej',
    desiredRegions: 'Regiony partnerskie',
    cooperationAreas: 'Obszary współpracy',
    offer: 'Co oferujemy',
    lookingFor: 'Czego szukamy',
    motivation: 'Dlaczego zależy nam na partnerstwie',
    languages: 'Języki, w których się porozumiemy',
    population: 'Liczba mieszkańców (w szkołach liczba uczniów)',
    correspondenceLanguage: 'Język naszych e-maili',
    consent: 'Zgoda na przetwarzanie danych osobowych',
    signedForm: 'Podpisany wniosek (PDF, nieobowiązkowo)',
  },
  problems: {
    required: 'proszę uzupełnić',
    'too-long': (max: number) => `najwyżej ${max.toLocaleString('pl')} znaków`,
    'invalid-email': 'proszę podać poprawny adres e-mail, np. wojt@gmina.pl',
    'invalid-phone': 'proszę podać telefon tylko cyframi i spacjami, ewentualnie z + na początku',
    'unknown-choice': 'proszę wybrać jedną z podanych możliwości',
    'not-a-partner-region': 'proszę wybrać tylko regiony, z którymi współpracuje Państwa kraj',
    'out-of-range': (min: number, max: number) => `proszę podać liczbę całkowitą od ${min.toLocaleString('pl')} do ${max.toLocaleString('pl')}`,
    'file-type': 'proszę załączyć plik PDF',
    'file-size': (megabytes: number) => `plik jest za duży, najwyżej ${megabytes} MB`,
    'no-office': 'dla tego kraju nie przyjmujemy jeszcze wniosków',
    'file-missing': 'nie udało się odnaleźć pliku, prosimy załączyć go ponownie',
  },
  page: {
    partnershipsTitle: 'Zagraniczne partnerstwa gmin',
    partnershipsIntro:
      'Szukają Państwo gminy, miasta lub szkoły partnerskiej za granicą? Kraj pomoże zwrócić się do swoich regionów partnerskich i znaleźć odpowiedniego partnera. Decyzja o nawiązaniu partnerstwa należy do Państwa.',
    benefitsHeading: 'Co może dać partnerstwo',
    applyCta: 'Złóż wniosek o partnera',
    myApplications: 'Moje wnioski',
    noApplications: 'Nie złożyli Państwo jeszcze żadnego wniosku.',
    loginToSeeApplications: 'Po zalogowaniu jako członek zobaczą Państwo status swoich wniosków i wnioski w przygotowaniu.',
    continueDraft: 'Kontynuuj edycję',
    applicationTitle: 'Wniosek o partnera zagranicznego',
    applyIntro: 'Prosimy wypełnić wniosek. Pola oznaczone gwiazdką są obowiązkowe.',
    chooseRegionFirst: 'Najpierw proszę wybrać kraj (region), w którym składają Państwo wniosek:',
    applicantSection: 'Wnioskodawca',
    contactSection: 'Osoba kontaktowa',
    wishesSection: 'Jakiego partnera Państwo szukają',
    aboutSection: 'O Państwu',
    consentText:
      'Wyrażam zgodę na przetwarzanie podanych danych osobowych w celu znalezienia partnera zagranicznego i na ich przekazanie regionowi partnerskiemu.',
    saveDraft: 'Zapisz wersję roboczą',
    submit: 'Wyślij wniosek',
    required: 'obowiązkowe',
    errorSummary: 'Wniosek nie został wysłany. Prosimy poprawić następujące dane:',
    draftSaved: 'Wersja robocza została zapisana. Można do niej wrócić w każdej chwili.',
    submitted: (reference: string) => `Dziękujemy, wniosek został wysłany pod numerem ${reference}. Potwierdzenie wysłaliśmy e-mailem.`,
    reference: 'Numer wniosku',
    status: 'Status',
    submittedAt: 'Złożono',
    history: 'Przebieg rozpatrywania',
    proposedPartner: 'Proponowany partner',
    messageFromOffice: 'Wiadomość urzędu',
    handlingOffice: 'Rozpatruje',
    backToApplications: 'Powrót do moich wniosków',
    notFound: 'Nie znaleziono wniosku.',
  },
  regions: {
    title: 'Regiony partnerskie i partnerstwa gmin',
    intro: 'Czeskie kraje współpracują z regionami zagranicznymi; ich gminy, miasta i szkoły nawiązują własne partnerstwa.',
    czRegions: 'Kraje i ich regiony partnerskie',
    partnerRegionsOf: (region: string) => `Regiony partnerskie – ${region}`,
    partnerRegions: 'Regiony partnerskie',
    noPartnerRegions: 'Ten kraj nie ma jeszcze zapisanych regionów partnerskich.',
    country: 'Państwo',
    languages: 'Języki',
    partnerships: 'Partnerstwa gmin',
    partnershipCount: (count: number) =>
      count === 1 ? '1 partnerstwo' : count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14) ? `${count} partnerstwa` : `${count} partnerstw`,
    noPartnerships: 'Żadne partnerstwo nie odpowiada filtrowi.',
    mapTitle: 'Mapa partnerstw',
    mapDescription: (regions: number, partnerships: number) =>
      `Mapa pokazuje ${regions} regionów i ${partnerships} partnerstw; te same dane zawiera lista pod mapą.`,
    filters: 'Filtruj partnerstwa',
    filterCountry: 'Państwo partnera',
    filterArea: 'Obszar współpracy',
    filterRegion: 'Kraj',
    filterAll: 'wszystkie',
    applyFilters: 'Zastosuj filtr',
    municipality: 'Gmina',
    partner: 'Partner zagraniczny',
    since: 'Od roku',
    areas: 'Obszary',
    applyHere: 'Szukają Państwo partnera w tych regionach? Złóż wniosek.',
  },
  email: {
    confirmationSubject: (reference: string) => `Wniosek o partnera zagranicznego ${reference} przyjęty`,
    statusSubject: (reference: string, status: string) => `Wniosek ${reference}: ${status}`,
    greeting: (name: string) => `Dzień dobry, ${name},`,
    confirmationBody: (applicant: string, reference: string) =>
      `dziękujemy za wniosek o partnera zagranicznego dla: ${applicant}. Nadaliśmy mu numer ${reference}, prosimy podawać go w korespondencji. Odezwiemy się, gdy tylko rozpatrzymy wniosek.`,
    statusBody: (status: string) => `status Państwa wniosku zmienił się na: ${status}.`,
    proposedPartner: 'Proponowany partner',
    message: 'Wiadomość urzędu',
    link: 'Status wniosku znajdą Państwo również na portalu',
    signature: 'Z poważaniem\nBiuro współpracy zagranicznej',
  },
  workflow: {
    fields: { status: 'Status', statusMessage: 'Wiadomość dla wnioskodawcy', 'proposedPartner.name': 'Proponowany partner – nazwa' },
    transition: (from: string | null, to: string, allowed: string[]) =>
      `${from ? `ze statusu „${from}”` : 'dla nowego wniosku'} nie można ustawić statusu „${to}”${allowed.length ? `; można wybrać: ${allowed.join(', ')}` : '; wniosku nie można już zmieniać'}`,
    requiredFor: (status: string) => `proszę uzupełnić dla statusu „${status}”`,
  },
  matching: {
    sameRegions: (regions: string) => `Ten sam region partnerski: ${regions}`,
    sharedAreas: (areas: string) => `Wspólne obszary: ${areas}`,
    sharedLanguages: (languages: string) => `Wspólny język: ${languages}`,
    similarSize: (ratio: string) => `Podobna wielkość (stosunek ${ratio} : 1)`,
    comparableSize: (ratio: string) => `Porównywalna wielkość (stosunek ${ratio} : 1)`,
    partnership: 'Nawiązane partnerstwo',
    application: 'Inny wniosek',
  },
  summary: {
    title: 'Wniosek o partnera zagranicznego',
    intro: 'Poniższy wnioskodawca szuka partnera w Państwa regionie. Dziękujemy za pomoc w wyborze odpowiedniego partnera.',
    office: 'Przekazuje',
    generated: (date: string) => `Utworzono ${date}`,
    page: (page: number, pages: number) => `Strona ${page} z ${pages}`,
  },
  forms: {
    closed: 'Ten formularz nie przyjmuje już odpowiedzi.',
    closesAt: (date: string) => `Odpowiedzi przyjmujemy do ${date}.`,
    membersOnly: 'Ta ankieta jest tylko dla członków. Prosimy się zalogować.',
    alreadyAnswered: 'Odpowiedzieli już Państwo na tę ankietę. Dziękujemy.',
    submit: 'Wyślij',
    thanks: 'Dziękujemy, odpowiedź została zapisana.',
    errorSummary: 'Odpowiedź nie została zapisana. Prosimy poprawić następujące dane:',
    required: 'obowiązkowe',
    scaleFrom: (min: number, max: number) => `skala od ${min} do ${max}`,
    problems: {
      required: 'proszę odpowiedzieć',
      'unknown-choice': 'proszę wybrać spośród podanych możliwości',
      'out-of-range': (min: number, max: number) => `proszę wybrać wartość od ${min} do ${max}`,
      'invalid-email': 'proszę podać poprawny adres e-mail',
      'invalid-number': 'proszę podać liczbę',
      'too-long': (max: number) => `najwyżej ${max.toLocaleString('pl')} znaków`,
      'unknown-field': 'tego pytania nie ma w formularzu',
    },
    refusals: {
      closed: 'Formularz nie przyjmuje już odpowiedzi.',
      'members-only': 'Na tę ankietę mogą odpowiadać tylko zalogowani członkowie.',
      'already-answered': 'Odpowiedzieli już Państwo na tę ankietę.',
    },
  },
}

const en: PartnershipMessages = {
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    'in-review': 'In review',
    'partner-contacted': 'Partner region contacted',
    'partner-proposed': 'Partner proposed',
    matched: 'Partnership established',
    declined: 'Declined',
    closed: 'Closed',
  },
  areas: {
    'schools-youth': 'Schools and youth exchange',
    culture: 'Culture',
    tourism: 'Tourism',
    'municipal-experience': 'Exchange of municipal experience and staff',
    business: 'Business support',
    'science-innovation': 'Science, research and innovation',
    'social-services': 'Social services',
    'public-institutions': 'Other public institutions (libraries, municipal police, museums, sports clubs)',
  },
  languages: {
    cs: 'Czech',
    pl: 'Polish',
    sk: 'Slovak',
    de: 'German',
    en: 'English',
    fr: 'French',
    other: 'another language',
  },
  countries: { CZ: 'Czechia', PL: 'Poland', SK: 'Slovakia', DE: 'Germany', AT: 'Austria', FR: 'France', CN: 'China', OTHER: 'another country' },
  applicantKinds: { municipality: 'Municipality or town', school: 'School', institution: 'Other institution' },
  fields: {
    applicantKind: 'Who is applying',
    applicantName: 'Applicant name',
    municipality: 'Municipality',
    homeRegion: "Applicant's region",
    'contact.name': 'Contact person',
    'contact.position': "Contact person's position",
    'contact.email': "Contact person's e-mail",
    'contact.phone': "Contact person's phone",
    desiredRegions: 'Partner regions',
    cooperationAreas: 'Areas of cooperation',
    offer: 'What we offer',
    lookingFor: 'What we are looking for',
    motivation: 'Why we want a partnership',
    languages: 'Languages we can work in',
    population: 'Population (pupils, for a school)',
    correspondenceLanguage: 'Language of our e-mails',
    consent: 'Consent to the processing of personal data',
    signedForm: 'Signed application (PDF, optional)',
  },
  problems: {
    required: 'please fill this in',
    'too-long': (max: number) => `at most ${max.toLocaleString('en')} characters`,
    'invalid-email': 'enter a valid e-mail address, e.g. mayor@town.cz',
    'invalid-phone': 'enter the phone number as digits and spaces, optionally starting with +',
    'unknown-choice': 'please choose one of the options offered',
    'not-a-partner-region': 'choose only regions your region cooperates with',
    'out-of-range': (min: number, max: number) => `enter a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`,
    'file-type': 'please upload a PDF file',
    'file-size': (megabytes: number) => `the file is too large, at most ${megabytes} MB`,
    'no-office': 'applications for this region are not accepted yet',
    'file-missing': 'the file could not be found, please upload it again',
  },
  page: {
    partnershipsTitle: 'Foreign partnerships of municipalities',
    partnershipsIntro:
      'Looking for a partner municipality, town or school abroad? The region will approach its partner regions and help you find a suitable counterpart. Whether you enter a partnership is then up to you.',
    benefitsHeading: 'What a partnership can bring',
    applyCta: 'Apply for a partner',
    myApplications: 'My applications',
    noApplications: 'You have not applied yet.',
    loginToSeeApplications: 'Log in as a member to see the status of your applications and your drafts.',
    continueDraft: 'Continue editing',
    applicationTitle: 'Application for a foreign partner',
    applyIntro: 'Please fill in the application. Fields marked with an asterisk are required.',
    chooseRegionFirst: 'First choose the region you are applying in:',
    applicantSection: 'Applicant',
    contactSection: 'Contact person',
    wishesSection: 'The partner you are looking for',
    aboutSection: 'About you',
    consentText:
      'I agree that the personal data above are processed to find a foreign partner and passed on to the partner region for that purpose.',
    saveDraft: 'Save draft',
    submit: 'Submit application',
    required: 'required',
    errorSummary: 'The application was not sent. Please correct the following:',
    draftSaved: 'Your draft is saved. You can come back to it at any time.',
    submitted: (reference: string) => `Thank you, your application was sent with reference ${reference}. We have e-mailed you a confirmation.`,
    reference: 'Reference',
    status: 'Status',
    submittedAt: 'Submitted',
    history: 'Progress',
    proposedPartner: 'Proposed partner',
    messageFromOffice: 'Message from the office',
    handlingOffice: 'Handled by',
    backToApplications: 'Back to my applications',
    notFound: 'Application not found.',
  },
  regions: {
    title: 'Partner regions and municipal partnerships',
    intro: 'Czech regions cooperate with regions abroad; their municipalities, towns and schools build partnerships of their own.',
    czRegions: 'Regions and their partner regions',
    partnerRegionsOf: (region: string) => `Partner regions – ${region}`,
    partnerRegions: 'Partner regions',
    noPartnerRegions: 'No partner regions are recorded for this region yet.',
    country: 'Country',
    languages: 'Languages',
    partnerships: 'Municipal partnerships',
    partnershipCount: (count: number) => (count === 1 ? '1 partnership' : `${count} partnerships`),
    noPartnerships: 'No partnership matches the filter.',
    mapTitle: 'Map of partnerships',
    mapDescription: (regions: number, partnerships: number) =>
      `The map shows ${regions} regions and ${partnerships} partnerships; the list below the map has the same information.`,
    filters: 'Filter partnerships',
    filterCountry: "Partner's country",
    filterArea: 'Area of cooperation',
    filterRegion: 'Region',
    filterAll: 'all',
    applyFilters: 'Apply filter',
    municipality: 'Municipality',
    partner: 'Foreign partner',
    since: 'Since',
    areas: 'Areas',
    applyHere: 'Looking for a partner in these regions? Apply here.',
  },
  email: {
    confirmationSubject: (reference: string) => `Application for a foreign partner ${reference} received`,
    statusSubject: (reference: string, status: string) => `Application ${reference}: ${status}`,
    greeting: (name: string) => `Dear ${name},`,
    confirmationBody: (applicant: string, reference: string) =>
      `thank you for applying for a foreign partner for ${applicant}. Your application has the reference ${reference}; please quote it when you write to us. We will be in touch once we have reviewed it.`,
    statusBody: (status: string) => `the status of your application has changed to: ${status}.`,
    proposedPartner: 'Proposed partner',
    message: 'Message from the office',
    link: 'You can also follow your application on the portal',
    signature: 'Kind regards\nForeign cooperation office',
  },
  workflow: {
    fields: { status: 'Status', statusMessage: 'Message to the applicant', 'proposedPartner.name': 'Proposed partner – name' },
    transition: (from: string | null, to: string, allowed: string[]) =>
      `${from ? `from “${from}”` : 'a new application'} cannot move to “${to}”${allowed.length ? `; possible: ${allowed.join(', ')}` : '; the application can no longer change'}`,
    requiredFor: (status: string) => `please fill this in for the status “${status}”`,
  },
  matching: {
    sameRegions: (regions: string) => `Same partner region: ${regions}`,
    sharedAreas: (areas: string) => `Shared areas: ${areas}`,
    sharedLanguages: (languages: string) => `Common language: ${languages}`,
    similarSize: (ratio: string) => `Similar size (ratio ${ratio} : 1)`,
    comparableSize: (ratio: string) => `Comparable size (ratio ${ratio} : 1)`,
    partnership: 'Established partnership',
    application: 'Another application',
  },
  summary: {
    title: 'Application for a foreign partner',
    intro: 'The applicant below is looking for a partner in your region. Thank you for helping us find a suitable counterpart.',
    office: 'Sent by',
    generated: (date: string) => `Created ${date}`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  forms: {
    closed: 'This form no longer accepts answers.',
    closesAt: (date: string) => `Answers are accepted until ${date}.`,
    membersOnly: 'This questionnaire is for members only. Please log in.',
    alreadyAnswered: 'You have already answered this questionnaire. Thank you.',
    submit: 'Send',
    thanks: 'Thank you, your answer has been saved.',
    errorSummary: 'Your answer was not saved. Please correct the following:',
    required: 'required',
    scaleFrom: (min: number, max: number) => `scale from ${min} to ${max}`,
    problems: {
      required: 'please answer',
      'unknown-choice': 'please choose from the options offered',
      'out-of-range': (min: number, max: number) => `choose a value from ${min} to ${max}`,
      'invalid-email': 'enter a valid e-mail address',
      'invalid-number': 'enter a number',
      'too-long': (max: number) => `at most ${max.toLocaleString('en')} characters`,
      'unknown-field': 'this question is not part of the form',
    },
    refusals: {
      closed: 'The form no longer accepts answers.',
      'members-only': 'Only logged-in members can answer this questionnaire.',
      'already-answered': 'You have already answered this questionnaire.',
    },
  },
}

const dictionaries: Record<Locale, PartnershipMessages> = { cs, pl, en }

export const partnershipMessagesFor = (locale: Locale): PartnershipMessages => dictionaries[locale]

/** "E-mail kontaktní osoby: zadejte platnou e-mailovou adresu…": the field's name, then what to do. */
export function describeApplicationProblem(problem: ApplicationProblem, locale: Locale): string {
  const t = dictionaries[locale]
  const field = t.fields[problem.field]
  switch (problem.kind) {
    case 'too-long':
      return `${field}: ${t.problems['too-long'](problem.max)}`
    case 'out-of-range':
      return `${field}: ${t.problems['out-of-range'](problem.min, problem.max)}`
    default:
      return `${field}: ${t.problems[problem.kind]}`
  }
}

/** "Stav: ze stavu „Podáno“ nelze nastavit stav „Navržen partner“; lze zvolit: …". */
export function describeStatusProblem(problem: StatusProblem, locale: Locale): string {
  const t = dictionaries[locale]
  const field = t.workflow.fields[problem.field]
  if (problem.kind === 'required-for-status') return `${field}: ${t.workflow.requiredFor(t.statuses[problem.status])}`
  const from = problem.from === undefined ? null : t.statuses[problem.from]
  return `${field}: ${t.workflow.transition(from, t.statuses[problem.to], problem.allowed.map((status) => t.statuses[status]))}`
}

/** Why a suggestion was made, in words; `regionName` resolves region ids to names. */
export function describeMatchReason(reason: MatchReason, locale: Locale, regionName: (id: string) => string): string {
  const t = dictionaries[locale].matching
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
  switch (reason.kind) {
    case 'same-regions':
      return t.sameRegions(list(reason.regionIds.map(regionName)))
    case 'shared-areas':
      return t.sharedAreas(list(reason.areas.map((area) => dictionaries[locale].areas[area])))
    case 'shared-languages':
      return t.sharedLanguages(list(reason.languages.map((language) => dictionaries[locale].languages[language as CooperationLanguage] ?? language)))
    case 'similar-size':
    case 'comparable-size': {
      const ratio = reason.ratio.toLocaleString(locale, { maximumFractionDigits: 1 })
      return reason.kind === 'similar-size' ? t.similarSize(ratio) : t.comparableSize(ratio)
    }
  }
}
