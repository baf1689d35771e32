package org.privacyrequests.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyrequests.company.Languages;
import org.privacyrequests.intake.MailClassification.Kind;
import org.springframework.stereotype.Component;

/**
 * Reads what an e-mail in Dutch, English or German asks for now, as a whole letter: which GDPR rights it
 * invokes (by article or in everyday words), whether it complains about how personal data was handled, or
 * whether it is no privacy matter. A mail with privacy words but no clear ask is "unsure": support looks at
 * it, it is never dropped.
 *
 * <p>Only the writer's own words count: quoted replies, the header lines of forwarded mail, a signature's small print
 * (disclaimers, privacy notices, newsletter footers) and passages quoted inline are left out, and an automatic reply
 * is no privacy matter at all. Rights a letter keeps in reserve or lists among what it wants to be told (Art. 15(1)(e)
 * and (f)) are not asked for.
 * The text is read sentence by sentence. A right named in a sentence about the past ("I asked you two months
 * ago to delete my data") is what a complaint is about, not a new ask; complaint words in a conditional or a
 * threat ("I reserve the right to complain to the supervisory authority", "if you do not answer within a month")
 * are discounted, because nearly every formal request letter ends with one.
 */
@Component
class MailClassifier {

    /** Whose data a mail may ask about: the writer's, or that of the client or the child the writer speaks for. */
    private static final String WHOM = "(me|mij|mich|him|hem|ihn|ihm|her|haar|mijn client\\w*|my client\\w*|meine\\w* mandant\\w*"
            + "|(my|mijn|mein\\w*) (son|daughter|child|children|kids?|zoon|dochter|kind|kinderen|sohn\\w*|tochter|kind\\w*))";
    /** In a question about what is held, also "them" or the German "sie" (her, them): nobody asks what is held about themselves in the third person. */
    private static final String WHOM_ASKED = "(" + WHOM + "|them|hen|hun|sie|ihnen)";
    /** A personal-detail object owned by the writer (or the client a representative writes for). */
    private static final String OWNER = "(mijn|mij|me|my|mine|onze|our|mein\\w*|mich|mir|unser\\w*|clie?nte?s?'?s?|mandant\\w*|his|her|zijn|haar|sein\\w*|ihr\\w*)";
    private static final String DETAIL = "(persoons|personal|personenbezogen\\w*|contact)?\\s*(gegevens|data|daten|details|informati\\w*|account|konto|profiel|profile|profil|e-?mail\\w*|adres\\w*|address\\w*|anschrift|naam|name|telefoon\\w*|phone|telefonnummer|nummer|number|mobile|mobiel\\w*|handy\\w*|gsm|geboortedatum|date of birth|geburtsdatum|bankrekening\\w*|iban|(nach|vor|sur|first |last |family )?name\\w*|(achter|voor)?naam)";
    private static final Pattern OWNED_DETAIL = Pattern.compile("\\b" + OWNER + "\\s+(\\w+\\s+){0,3}?" + DETAIL + "\\b|\\b(about|over|van|uber|ueber|of|on|von) " + WHOM + "\\b|\\b(me|mij|mich) (uit|from|off|aus|van)\\b|\\b(zu|uber|ueber) meiner person\\b|\\b(van|of|von) (mijn |my |meine\\w* )?(clie?nte?s?|mandant\\w*)\\b|\\b(gdpr|avg|dsgvo)\\b|\\b(persoonsgegevens|personal data|personenbezogene\\w* daten|personal information)\\b"
            // The child a parent writes for; and "delete everything", which leaves nothing but the writer's own data to mean.
            + "|\\b(my|mijn|mein\\w*) (son|daughter|child|kids?|zoon|dochter|kind|sohn\\w*|tochter)\\b"
            + "|\\b(delete|erase|remove|wipe|verwijder\\w*|wis|losche?n?|loesche?n?|entfern\\w*)\\s+(it all|everything|alles)\\b|\\b(everything|alles)\\s+(verwijderen|wissen|loschen|loeschen|entfernen)\\b");
    /** Ordinary helpdesk objects: a sentence about these, without privacy words, is about the product. */
    private static final Pattern PRODUCT = Pattern.compile("\\b(product\\w*|artikel\\w*|article\\w*|order\\w*|klant\\b|klanten\\b|customers?\\b(?! account| number| details| data)|kunden?\\b|bestelling\\w*|bestellung\\w*|zending\\w*|shipment\\w*|pakbon\\w*|picklijst\\w*|picklist\\w*|voorraad|stock|inventory|lager\\w*|sku|ean|barcode\\w*|locati\\w*|gebruiker\\w*|user\\w*|benutzer\\w*|koppeling\\w*|integration\\w*|csv|excel|xlsx|lieferschein\\w*|webshop\\w*|leverancier\\w*|supplier\\w*|template\\w*|sjabloon\\w*|label\\w*|factuur\\w*|invoice\\w*|rechnung\\w*|api|btw|vat|kvk|ust-?id\\w*)\\b");
    /** A detail without an owner ("delete account"): the writer's own when the subject is all the mail says. */
    private static final Pattern BARE_DETAIL = Pattern.compile("\\b" + DETAIL + "\\b");
    /** Where an everyday verb's object must be found: in its own clause, not across "but" or "because". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\b(maar|but|aber|doch|omdat|because|weil|terwijl|whereas|daarna|vervolgens|danach|anschlie\\w*|afterwards|then|dann)\\b");

    /**
     * Withdrawing consent (Art. 7(3)) asks that the processing stop: it is filed as an objection, and as erasure as
     * well only when the mail also asks for deletion.
     */
    private static final String CONSENT_WITHDRAWN = "\\bwithdraw\\w*\\b.{0,40}\\bconsent|\\bconsent\\b.{0,40}\\bwithdraw\\w*|\\brevok\\w*\\b.{0,40}\\bconsent"
            + "|\\btrek\\w*\\b.{0,60}\\btoestemming\\b.{0,80}\\bin\\b|\\bintrek\\w*\\b.{0,40}\\btoestemming|\\btoestemming\\b.{0,40}\\b(intrek\\w*|in te trekken)"
            + "|\\bwie?derruf\\w*\\b.{0,60}\\beinwilligung|\\beinwilligung\\b.{0,60}\\bwie?derruf\\w*|\\bzieh\\w*\\b.{0,40}\\beinwilligung\\b.{0,80}\\b(zuruck|zurueck)";

    /** "Please don't delete my data yet", "bitte noch nicht löschen": keeping the data unused is restriction (Art. 18), not erasure. */
    private static final String KEEP_BUT_DO_NOT_DELETE = "\\b(please|pls|bitte|graag|kindly|aub)\\b.{0,40}\\b(don'?t|do not|niet|nicht)\\b\\s+(\\w+\\s+){0,3}?"
            + "(delete|erase|remove|verwijder\\w*|wissen|losche?n|loesche?n|entfernen)\\b|\\b(delete|erase|remove)\\b.{0,20}\\bnot yet\\b";

    /** Per right: words that name it by themselves, and everyday verbs that name it only with the writer's data as object. */
    private static final Map<String, Right> RIGHTS = new LinkedHashMap<>();

    static {
        RIGHTS.put("access", new Right(
                "\\bart(ikel|icle|\\.)?\\s*15\\b|\\b15 (avg|gdpr|dsgvo|uavg)\\b|\\binzage\\w*|\\binzien\\b|\\bsubject access|\\bd?sar\\b|\\bright of access"
                        + "|\\bauskunft\\w*|\\bselbstauskunft|\\bdatenauskunft|welke persoonsgegevens|which personal (data|information)|welche personenbezogenen"
                        + "|recht (op|auf) (inzage|auskunft)|\\baccess request|\\binzageverzoek|\\bauskunftsersuchen|\\bauskunftsanfrage",
                "\\b(welke|wat voor|wat|which|what|welche|was fur|was fuer|was)\\b.{0,60}\\b(gegevens|data|informati\\w*|daten)\\b.{0,60}\\b(van|over|about|on|uber|ueber|of|from) " + WHOM_ASKED + "\\b"
                        + "|\\b(what|which|welke|wat|welche|was)\\b.{0,40}\\b(you|u|jullie|sie|ihr)\\b.{0,40}\\b(hold|have|store|keep|process|know|weet|weten|heeft|hebben|bewaar\\w*|opgeslagen|verwerk\\w*|gespeichert|speichern|verarbeit\\w*)\\b.{0,40}\\b(about|on|of|van|over|uber|ueber) " + WHOM + "\\b"
                        + "|\\b(what|which|welke|wat|welche|was)\\b.{0,60}\\b(about|on|of|van|over|uber|ueber|von) " + WHOM + "\\b.{0,30}\\b(hold|have|store|keep|process|know|heeft|hebben|weet|weten|bewaar\\w*|opgeslagen|verwerk\\w*|gespeichert|gesammelt|verarbeit\\w*|haben|wissen|vorliegt|vorliegen)\\b"
                        + "|\\b(what|which|welke|wat|welche|was)\\b.{0,30}\\b(hold|have|store|keep|process|know|heeft|hebben|weet|weten|bewaren|verwerken|speichern|haben|wissen)\\b.{0,30}\\b(you|u|jullie|sie|ihr)\\b.{0,40}\\b(about|on|of|van|over|uber|ueber|von|zu) (me|mij|mich|meiner person)\\b"
                        + "|\\b(welche|what|which|welke|was|wat)\\b.{0,60}\\b(gegevens|data|daten|informati\\w*)\\b.{0,60}\\b(zu|uber|ueber) meiner person\\b"
                        + "|\\b(copy|kopie|overzicht|overview|ubersicht|uebersicht|afschrift|herausgabe)\\b.{0,40}\\b(gegevens|persoonsgegevens|data|daten|informati\\w*)\\b"
                        + "|\\b(access to|toegang tot|inzicht in|einsicht in)\\s+" + OWNER + "\\s+(\\w+\\s+){0,2}?" + DETAIL
                        + "|\\b(send|give|tell|show|provide|email|mail|schick\\w*|geben|stuur|geef|mail)\\b.{0,15}\\b(everything|all|alles)\\b.{0,30}\\b(you|sie|jullie|u) (have|hold|know|store|haben|hebben|weten|heeft)\\b"
                        + "|\\b(alles|alle gegevens) (wat|die) (u|jullie) (van|over) mij\\b|\\b(alles|alle daten),? was sie (uber|ueber) mich\\b"
                        // Whether the data are processed at all, and what Art. 15(1) says must be told: where they came from, who got them, how long they are kept.
                        + "|\\b(whether|if|of|ob)\\b.{0,60}\\b(you|u|jullie|sie)\\b.{0,60}\\b(process\\w*|verwerk\\w*|verarbeit\\w*|hold|holds|store|stores|bewaar\\w*|speicher\\w*|gespeichert)\\b"
                        + "|\\bwoher\\b|\\bwhere\\b.{0,50}\\b(get|got|gotten|obtain\\w*|come from|came from|from)\\b|\\bwaar\\b.{0,50}\\bvandaan\\b|\\bhoe (komen|kwamen|zijn|bent|is|kwam) (jullie|u|men)\\b.{0,40}\\baan\\b|\\bhow did you (get|obtain|come by)\\b"
                        + "|\\b(to whom|aan wie|an wen|wem)\\b|\\b(who|wie)\\b.{0,40}\\b(shared|share|passed|pass|given|give|gave|sold|sell|disclosed|sent|forwarded|gedeeld|gegeven|doorgegeven|verstrekt|verkocht)\\b|\\bmit wem\\b"
                        + "|\\b(how long|hoe lang|wie lange)\\b.{0,50}\\b(keep|store|retain|hold|bewaren|bewaard|bewaart|opslaan|houden|speicher\\w*|aufbewahr\\w*|behalten)\\b"
                        + "|\\b(supply|provide|send|disclose|release|verstrek\\w*|stuur|zend|schick\\w*|bereitstell\\w*|herausgeb\\w*)\\b.{0,60}\\b(gegevens|data|daten|informati\\w*)\\b.{0,30}\\b(about|on|concerning|relating to|regarding|van|over|betreffende|uber|ueber) " + WHOM + "\\b",
                true, "^(?!.*\\b(send|give|tell|show|provide|copy|stuur|geef|schick\\w*|teil\\w*|mitteil\\w*|zusend\\w*|kopie|overzicht|weten|know|erst)\\b).*\\b(verwijder\\w*|delete\\w*|erase\\w*|remove\\w*|losch\\w*|loesch\\w*|entfern\\w*|wis)\\b|machine[- ]?(readable|leesbaar)|machineleesbaar|maschinenlesbar\\w*|\\bportab\\w*|overdraagbaar\\w*|datenubertrag\\w*|datenuebertrag\\w*"));
        RIGHTS.put("rectification", new Right(
                "\\bart(ikel|icle|\\.)?\\s*16\\b|\\b16 (avg|gdpr|dsgvo)\\b|\\brectif\\w*|\\bberichtig\\w*|recht op (correctie|verbetering)",
                "\\b(corrige\\w*|correct\\w*|verbeter\\w*|wijzig\\w*|aanpass\\w*|bijwerken|bijgewerkt|werk\\b.{0,40}\\bbij|actualise\\w*|updaten|pas\\b.{0,40}\\baan|update\\w*|change\\w*|fix\\w*|replace\\w*|vervang\\w*|ersetz\\w*|korrigier\\w*|andern|aendern|ander[nt]\\b|aktualisier\\w*"
                        + "|(new|nieuwe?|neue[nrs]?)\\s+(\\w+\\s+)?(adres\\w*|address\\w*|adresse|anschrift|nummer|number|telefoon\\w*|phone|telefonnummer|handynummer|e-?mail\\w*|naam|name|nachname|achternaam|surname)\\s+(is|ist|lautet|luidt|wordt|will be)"
                        + "|klopt niet|kloppen niet|onjuist\\w*|incorrect|wrong|outdated|out of date|verouderd|falsch\\w*|unrichtig\\w*|veraltet\\w*|is not right|spelled|gespeld|geschreven)\\b"));
        RIGHTS.put("erasure", new Right(
                "\\bart(ikel|icle|\\.)?\\s*17\\b|\\b17 (avg|gdpr|dsgvo)\\b|vergetelheid|vergeten te worden|right to (be forgotten|erasure)|\\berasure\\b|recht auf (loschung|loeschung|vergessen\\w*)"
                        + "|\\bloschung\\w*|\\bloeschung\\w*|gegevenswissing|recht op (verwijdering|wissing)|\\bforget me\\b|\\bvergeet (mij|me)\\b|vergessen sie mich|verwijderverzoek|verwijderingsverzoek|(deletion|erasure) request|loschantrag|loeschantrag|loschanfrage",
                "\\b(verwijder\\w*|wis\\b|(?<!(?:mochte|moechte|will|wollte|gerne|gern|zu|nur|ich|wir|mal|sie) )wissen(?!\\s*[:,]?\\s*(was|welche|ob|wie|wer|wo|sie|ihr|wir|man|es)\\b)|gewist|haal\\b.{0,40}\\b(uit|weg)|delete\\w*|deleting|remove\\w*|erase\\w*|loschen|loeschen|losche|loesche|geloscht|geloescht|entfern\\w*|vernietig\\w*|destroy\\w*|vernicht\\w*|get rid of|wipe\\w*)\\b",
                true, KEEP_BUT_DO_NOT_DELETE + "|mailing ?list\\w*|mailinglijst\\w*|verzendlijst\\w*|verteiler\\w*|newsletter\\w*|nieuwsbrie\\w*|marketing\\w*|reclame\\w*|werbung|\\bunsubscribe\\w*|\\bafmelden|\\babmelden"));
        RIGHTS.put("restriction", new Right(
                "\\bart(ikel|icle|\\.)?\\s*18\\b|\\b18 (avg|gdpr|dsgvo)\\b|beperking van (de )?verwerking|restriction of (the )?processing|einschrankung der verarbeitung|einschraenkung der verarbeitung",
                "\\b(beperk\\w*|restrict\\w*|einschrank\\w*|einschraenk\\w*|sperr\\w*|bevries\\w*|freeze)\\b|" + KEEP_BUT_DO_NOT_DELETE));
        RIGHTS.put("portability", new Right(
                "\\bart(ikel|icle|\\.)?\\s*20\\b|\\b20 (avg|gdpr|dsgvo)\\b|overdraagbaar\\w*|\\bportab\\w*|machine[- ]?(readable|leesbaar)|machineleesbaar|maschinenlesbar\\w*"
                        + "|datenubertrag\\w*|datenuebertrag\\w*|gangbaar\\w* formaat|commonly used (and )?(machine|format)|gangig\\w* format",
                "\\b(json|xml)\\b|\\b(csv|json|xml|bestand|file|datei)\\b.{0,60}\\b(elsewhere|elders|woanders|another|andere\\w*|import\\w*)\\b|\\b(overdragen|overzetten|transfer\\w*|transmit\\w*|port\\w*|ubertrag\\w*|uebertrag\\w*|ubermittel\\w*|mitnehmen|meenemen|take)\\b.{0,60}\\b(to|naar|aan|zu|an)\\b.{0,30}\\b(another|new|other|andere\\w*|nieuwe|neue\\w*)\\b"));
        RIGHTS.put("objection", new Right(
                "\\bart(ikel|icle|\\.)?\\s*21\\b|\\b21 (avg|gdpr|dsgvo)\\b|(?<!geen )(?<!geen enkel )(?<!mijn )(?<!ons )\\bbezwaar\\w*|\\bobject (to|against)\\b|(?<!no )(?<!my )(?<!your )\\bobjection\\b|\\bi object\\b|(?<!mein )(?<!meinen )(?<!kein )\\bwiderspruch\\w*|\\bwidersprech\\w*|\\bwiderspreche\\w*|recht op bezwaar"
                        + "|\\b(geen|no|keine\\w*|any) (more |meer |mehr )?(\\w+ )?(reclame|marketing|nieuwsbrie\\w*|newsletter\\w*|werbung|werbe\\w*|promoti\\w*|aanbiedingen|offers|angebote|sales calls|calls|anrufe|telefoontjes)\\b"
                        + "|\\bunsubscribe\\w*|\\buitschrijven|\\buitschrijving|\\bafmelding|\\babmeldung"
                        + "|\\b(keine|geen|no|not any) (\\w+ )?(e-?mails?|mails|berichten|nachrichten|post) (mehr|meer|more)\\b.{0,40}\\b(schick\\w*|send\\w*|sturen|stuur|zusend\\w*|mailen|ontvangen|receive|erhalten)\\b"
                        + "|" + CONSENT_WITHDRAWN + "|\\buitgeschreven|\\bafmelden|\\bafgemeld|\\babmelden|\\babgemeldet|\\bopt(ed)?[- ]?out\\b|do not sell|\\bausgetragen|\\babbestell\\w*|\\bmailing ?list\\w*|\\bverzendlijst\\w*|\\bverteiler\\w*",
                "\\b(stop\\w*|quit|cease|halt|aufhor\\w*|aufhoer\\w*|hor(en|t) sie auf|hou\\w* op|houd\\w* op|unterlass\\w*|niet (meer|langer)|no longer|nicht (mehr|langer|laenger)|nie wieder|never again|nooit meer)\\b"
                        + "(.{0,60}\\b(e-?mail\\w*|mailing|sending|send|sturen|toesturen|mailen|benader\\w*|contact\\w*|schick\\w*|zusend\\w*|kontaktier\\w*|anschreib\\w*|bellen|gebeld|calling|call|called|phoned|anruf\\w*|anzurufen|angerufen|werbung|reclame|marketing\\w*|newsletter\\w*|nieuwsbrie\\w*)\\b"
                        + "|.{0,40}\\b(my|mijn|mein\\w*|me|mij|mich)\\b.{0,30}\\b(gebruik\\w*|using|use|verwerk\\w*|process\\w*|verarbeit\\w*|verwend\\w*|nutz\\w*)\\b"
                        + "|.{0,40}\\b(gebruik\\w*|using|use|verwerk\\w*|process\\w*|verarbeit\\w*|verwend\\w*|nutz\\w*|profil\\w*|track\\w*)\\b.{0,30}\\b(my|mijn|mein\\w*|me|mij|mich)\\b)", false, "$^"));
    }

    /** A complaint in so many words, or a complaint already taken to the supervisory authority. */
    private static final Pattern COMPLAINT = Pattern.compile("\\bklacht\\w*|\\bbeklag\\w*|\\bklagen\\b|\\bcomplain\\w*|\\bbeschwer\\w*|\\bbeanstand\\w*"
            + "|autoriteit persoonsgegevens|supervisory authority|data protection authority|\\bico\\b|information commissioner|toezichthouder|aufsichtsbehorde\\w*"
            + "|aufsichtsbehoerde\\w*|datenschutzbehorde\\w*|datenschutzbehoerde\\w*|landesdatenschutz\\w*|datenschutzbeauftragte\\w* des landes");
    /** What goes wrong in how a request or personal data was handled; these decide a complaint even next to a renewed ask. */
    private static final Pattern GRIEVANCE = Pattern.compile(
            "\\b(no|any|geen|keine\\w*|kein) (\\w+ )?(answer|reply|response|reaction|antwoord|reactie|antwort|ruckmeldung|rueckmeldung|reaktion|bevestiging|confirmation|bestatigung|eingangsbestatigung)\\b"
                    + "|\\b(not|never|niet|nooit|nicht|nie|noch nicht|still not|nog niet|yet to)\\b.{0,40}\\b(answer\\w*|respond\\w*|repl\\w*|heard|received|beantwoord|gereageerd|geantwoord|ontvangen|gehoord|beantwortet|geantwortet|reagiert|erhalten|bekommen|gehort|gehoert)\\b"
                    + "|\\b(heard nothing|nothing (has )?happened|niets (meer )?(gehoord|gedaan|gebeurd|ontvangen|vernomen)|nichts (mehr )?(gehort|gehoert|getan|passiert|unternommen|erhalten|bekommen))\\b"
                    + "|\\b(nobody|no one|no-one|niemand|keiner)\\b.{0,20}\\b(replied|answered|responded|got back|gereageerd|geantwoord|teruggebeld|geantwortet|reagiert|gemeldet)\\b"
                    + "|\\bignor\\w*|\\bgenegeerd|\\bnegeer\\w*"
                    + "|\\b(deadline|termijn|frist|one month|een maand|einen monat|vier weken|four weeks|4 weeks|4 weken|vier weken)\\b.{0,40}\\b(passed|expired|over|verstreken|voorbij|verlopen|overschreden|abgelaufen|verstrichen|uberschritten|ueberschritten|vorbei|exceeded)\\b"
                    + "|\\b(too late|te laat|zu spat|zu spaet|overdue|verspatet|verspaetet)\\b"
                    + "|\\b(herinnering|reminder|erinnerung|mahnung|second request|tweede verzoek|zweite anfrage|nogmaals|once again|erneut)\\b"
                    + "|\\b(already|al|bereits|schon) (\\w+ )?(filed|lodged|submitted|ingediend|eingereicht|gemeld|reported|gemeldet)\\b");
    /** A breach or an intrusion named as such: a privacy complaint by itself. */
    private static final Pattern BREACH = Pattern.compile(
            "\\b(data ?breach\\w*|datalek\\w*|datenpanne\\w*|datenleck\\w*|leak\\w*|gelekt|hack\\w*|gehackt)\\b"
                    + "|\\b(unbefugt\\w*|unauthori[sz]ed (access|part\\w*|person\\w*)|onbevoegd\\w*|security (incident|breach)|beveiligingsincident\\w*|beveiligingslek\\w*"
                    + "|sicherheitsvorfall\\w*|sicherheitslucke\\w*|sicherheitsluecke\\w*|cyber ?(attack|aanval|angriff)\\w*|hackerangriff\\w*|ransomware|compromised|gecompromitteerd|kompromittiert"
                    + "|ingebroken|op straat|got into (your|one of your))\\b");
    /** Personal data told as gone astray: a privacy complaint, unless it is asked about or supposed ("if you shared my data with third parties, tell me who"). */
    private static final Pattern BREACH_TOLD = Pattern.compile(
            "\\b(wrong|verkeerde|andere[nr]? |someone else|iemand anders|jemand anderes|falsche\\w*)\\b.{0,40}\\b(person|persoon|klant|customer|kunde\\w*|recipient|ontvanger|empfanger\\w*|address|adres|adresse)\\b.{0,60}\\b(sent|gestuurd|verstuurd|geschickt|gesendet|received|ontvangen|erhalten|gekregen)\\b"
                    + "|\\b(sent|gestuurd|verstuurd|geschickt|gesendet|visible|zichtbaar|sichtbar)\\b.{0,40}\\b(to|naar|an|for|voor|fur|fuer) (someone else|iemand anders|jemand anderen|a stranger|een vreemde|all|iedereen|alle)\\b"
                    + "|\\b(shared|gedeeld|weitergegeben|verkocht|sold|verkauft)\\b.{0,40}\\b(without|zonder|ohne|derden|third part\\w*|dritte\\w*)\\b"
                    + "|\\b(strangers|vreemden|fremde\\w*|everyone|everybody|iedereen|jeder(mann)?|hundreds|honderden|hunderte)\\b.{0,40}\\b(have|has|hebben|heeft|haben|hat|can see|kunnen zien|sehen|konnen|kennen)\\b.{0,30}\\b(my|mijn|mein\\w*)\\b"
                    + "|\\b(every recipient|all recipients|alle ontvangers|alle empfanger\\w*)\\b.{0,30}\\b(cc|an|aan)\\b"
                    + "|\\b(posted|published|gepost|gepubliceerd|online gezet|veroffentlicht|veroeffentlicht|gepostet)\\b.{0,60}\\b(online|internet|forum|website|social media|facebook|openbaar|netz)\\b");

    /** Grievances that colour a request but do not outweigh a clear ask: anger, marketing nobody asked for. */
    private static final Pattern UPSET = Pattern.compile("\\b(ontevreden|niet eens|disagree|nicht einverstanden|not (happy|satisfied)|unhappy|dissatisfied|unzufrieden|nicht zufrieden|unacceptable|onacceptabel|inakzeptabel|schandalig|schandelijk|disgrace\\w*|outrage\\w*|unverschamt\\w*|unverschaemt\\w*|belachelijk|ridiculous|frech|frechheit"
            + "|without (my )?(consent|permission)|zonder (mijn )?(toestemming|instemming)|ohne (meine )?(einwilligung|zustimmung|erlaubnis)|never (signed up|subscribed|gave|agreed|consented)|nooit (aangemeld|ingeschreven|geregistreerd|toestemming|klant)|nie (angemeldet|registriert|eingewilligt|zugestimmt|kunde)|never (registered|been a customer|a customer)"
            + "|\\bspam\\w*|ongevraagd\\w*|unsolicited|unerwunscht\\w*|unerwuenscht\\w*|keep (getting|receiving)|blijf\\w* .{0,30}ontvangen|blijf\\w* .{0,30}krijgen|erhalte .{0,30}(immer noch|weiterhin|standig|staendig))\\b");

    /** A sentence about what happened before: the rights it names are what a complaint is about, not a new ask. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(i|we|my client|mijn client\\w*) (have |had |already |previously |also )*(asked|requested|sent|submitted|wrote|written|emailed|e-mailed|mailed|made|contacted|filed|lodged)\\b"
                    + "|\\b(heb|hebben|had|hadden|heeft)\\b.{0,80}\\b(gevraagd|verzocht|gestuurd|verstuurd|ingediend|aangevraagd|gemaild|geschreven|gedaan|gemeld|doorgegeven|aangegeven)\\b"
                    + "|\\b(vroeg|verzocht|stuurde|mailde|schreef) (ik|wij|we)\\b|\\b(ik|wij|we) (vroeg|vroegen|verzocht|verzochten|stuurde|stuurden|mailde|mailden|schreef|schreven)\\b"
                    + "|\\b(bat|beantragte|forderte|schrieb|schickte) (ich|wir)\\b|\\b(ich|wir) (bat|baten|beantragte|beantragten|forderte|forderten|schrieb|schrieben|schickte|schickten)\\b"
                    + "|\\b(habe|haben|hatte|hatten|hat)\\b.{0,80}\\b(gebeten|beantragt|angefragt|gestellt|geschickt|verlangt|gefordert|geschrieben|gesendet|eingereicht|mitgeteilt|ersucht|aufgefordert|widersprochen)\\b"
                    + "|\\bsince my\\b|\\bsinds mijn\\b|\\bseit meine\\w*\\b|\\bit has been \\w+ (days|weeks|months)\\b|\\bago\\b|\\bgeleden\\b|\\bvor (\\w+ )?(tagen|wochen|monaten|einem monat|einer woche)\\b|\\blast (week|month)\\b|\\bvorige (week|maand)\\b|\\bletzte[nr]? (woche|monat)\\b"
                    + "|\\b(my|our|mijn|ons|meine?r?|unsere?r?) (earlier|previous|original|first|eerdere|vorige|eerste|oorspronkelijke|fruhere\\w*|frueher\\w*|vorige\\w*|erste\\w*|letzte\\w*|ursprungliche\\w*) (request|verzoek|anfrage|antrag|e-?mail|mail|brief|letter|schreiben)\\b"
                    + "|\\b(request|verzoek|anfrage|antrag|e-?mail|brief|letter|schreiben) (of|from|dated|van|vom) \\d");
    /** Conditional or threatened steps: complaint words and grievances in them do not make a complaint. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\breserve\\w* (the|my|all|our)\\b|\\bbehoud\\w* (ik )?(mij|me|ons|zich)\\b|\\bvoorbehoud|\\bbehalte\\w*\\b.{0,60}\\bvor\\b|\\bvorbehalt\\w*"
                    + "|\\bif\\b|\\bshould (you|i|we|this|the)\\b|\\botherwise\\b|\\bfailing\\b|\\bunless\\b|\\bin case\\b|\\bin the event\\b"
                    + "|\\b(i|we) (will|shall|would|could|may|might|can)\\b|\\bi'll\\b|\\b(entitled|the right|my right|a right|your right|option|possibility|free) to\\b|\\b(mijn|ons|uw|het) recht om\\b|\\b(mein|unser|ihr) recht\\b|\\baware\\b"
                    + "|\\bindien\\b|\\bals (u|jullie|ik|er|het|binnen|uw|dit|de|ik)\\b|\\bwanneer (u|jullie|ik|er|binnen)\\b|\\banders\\b|\\bzo niet\\b|\\bbij (uitblijven|gebrek)\\b|\\bmocht\\w*\\b"
                    + "|\\b(zal|zullen|ga|gaan|kan|kunnen|mag)\\b.{0,30}\\b(ik|wij|we)\\b|\\b(ik|wij|we) (zal|zullen|ga|gaan|kan|kunnen|mag)\\b|\\bgenoodzaakt\\b|\\bhet recht\\b|\\bmogelijkheid\\b|\\bbewust\\b|\\bweet dat\\b"
                    + "|\\bfalls\\b|\\bsollte\\w*\\b|\\bwenn\\b|\\bandernfalls\\b|\\bansonsten\\b|\\bsonst\\b|\\bwerde\\w*\\b|\\bwurde\\b|\\bwuerde\\b|\\bkann\\b|\\bkonnte\\b|\\bdas recht\\b|\\bmoglichkeit\\b|\\bmoeglichkeit\\b|\\bgezwungen\\b|\\bbewusst\\b");

    /**
     * Rights a letter names without asking for them: kept in reserve ("dit verzoek laat mijn overige rechten, waaronder
     * rectificatie en wissing, onverlet") or listed among what the writer wants to be told (Art. 15(1)(e)-(f): "ob mir ein
     * Recht auf Berichtigung, Löschung ... zusteht", "the existence of the right to lodge a complaint").
     */
    private static final Pattern RIGHTS_MENTIONED = Pattern.compile(
            "\\b(onverlet|unaffected|without prejudice|expressly reserved|are reserved|remain reserved|waive\\w*|vorbehalten|unberuhrt|unberuehrt)\\b|\\bdoet\\b.{0,40}\\bniets af\\b"
                    + "|\\b(existence of|het bestaan van|bestehen (eines|des|von))\\b"
                    + "|\\b(whether (i|we|my client|there)|of (ik|er)|ob (mir|ich|ein\\w*|uns))\\b.{0,60}\\b(rights?|recht|rechte|rechten|\\w+recht)\\b"
                    + "|\\b(recht|beschwerderecht|widerspruchsrecht)\\w*\\b.{0,80}\\b(besteht|bestehen|zusteht|zustehen)\\b"
                    + "|\\b(information|informatie|informationen|hinweis\\w*)\\b.{0,30}\\b(about|on|over|uber|ueber|zu)\\b.{0,20}\\b(my |mijn |meine\\w* |your |uw |ihre\\w* )?(rights|rechten|rechte)\\b");

    /** Asks about privacy that name no right: a request all the same, support finds out which right. */
    private static final Pattern GENERAL_ASK = Pattern.compile(
            "\\b(exercise|invoke|use|uitoefenen|gebruik maken van|geltend machen|wahrnehmen|ausuben|ausueben)\\b.{0,40}\\b(rights|rechten|rechte)\\b|\\b(rights|rechten|rechte)\\b.{0,40}\\b(uitoefenen|geltend|wahrnehmen|exercise|invoke)\\b"
                    + "|\\b(vraag|vragen|question\\w*|frage\\w*|query|enquiry|inquiry)\\b.{0,20}\\b(over|about|regarding|concerning|zu|zum|zur|bezuglich|betreffend|omtrent|inzake|m\\.?b\\.?t\\.?)\\b.{0,20}\\b(privacy|avg|gdpr|dsgvo|datenschutz|persoonsgegevens|personal data|data protection|gegevensbescherming)\\b"
                    + "|\\b(privacyverzoek|privacy request|avg-?verzoek|gdpr request|dsgvo-?anfrage|datenschutzanfrage|data subject request|verzoek van een betrokkene|betroffenenanfrage|betroffenenrecht\\w*)\\b");
    /** Words that make a mail a privacy matter at all. */
    private static final Pattern PRIVACY = Pattern.compile("\\bavg\\b|\\buavg\\b|\\bgdpr\\b|\\bdsgvo\\b|\\bprivacy\\w*|\\bpersoonsgegevens\\b|\\bpersonal (data|information|details)\\b"
            + "|\\bdatenschutz\\w*|\\bpersonenbezogen\\w*|\\b(mijn|my|meine?n?|mein|zijn|haar|his|her|seine?n?|ihre?n?) (persoonlijke |personal |personlichen |personliche )?(gegevens|data|daten|details)\\b|\\bdata protection\\b|\\bgegevensbescherming\\b"
            + "|autoriteit persoonsgegevens|supervisory authority|aufsichtsbehorde|datenschutzbehorde|\\b(over|about|uber|ueber) (mij|me|mich)\\b.{0,30}\\b(opgeslagen|stored|gespeichert|bewaard|held|verwerkt|processed)\\b"
            + "|\\b(toestemming|consent|einwilligung)\\b|\\bcookie\\w*|\\btracking\\b|\\bverwerkingsverantwoordelijke\\b|\\bcontroller\\b|\\bverantwortliche\\w*");

    /** Sentences that are the mail's small print, not its message. */
    private static final Pattern SMALL_PRINT = Pattern.compile("intended recipient|geadresseerde|bestemd voor|vertraulich|confidential|vertrouwelijk|irrtumlich|irrtuemlich|abusievelijk|in error|unsubscribe from this|privacyverklaring|privacy (policy|statement)|datenschutzerklarung");

    private static final Pattern DUTCH = Pattern.compile("\\b(ik|mijn|graag|wilt|u|uw|gegevens|verzoek|bedankt|groet|het|een|van|niet|jullie|heb)\\b");
    private static final Pattern GERMAN = Pattern.compile("\\b(ich|meine|bitte|sehr|geehrte|daten|mit|freundlichen|und|nicht|sie|ihre|uber|habe)\\b");
    private static final Pattern ENGLISH = Pattern.compile("\\b(i|my|please|the|you|data|request|regards|would|and|not|your|have)\\b");

    private static final Pattern ARTICLE_LIST = Pattern.compile("\\b(art(?:ikelen|ikel|icles|icle|s)?\\.?)\\s*(\\d+)((?:\\s*(?:,|en|and|und|&|/|\\+)\\s*(?:art(?:ikel|icle)?\\.?\\s*)?\\d+)+)");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(art|artt|nr|no|bzw|abs|lid|sub|bijv|ca|evt|etc|dhr|mevr|mr|mrs|ms|dr|hr|fr|z\\.b|o\\.a|i\\.e|e\\.g|d\\.h|u\\.a|m\\.b\\.t)\\.");
    /** E-mail addresses and links: their dots end no sentence. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|https?://\\S+|www\\.\\S+");
    /** A short ask that points back at the sentence before: "Please correct it", "Löschen Sie das". */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(it|them|this|that|those|dat|het|deze|die|dit|ze|es|das|diese|dies|alles|everything|him|her|hem|haar|sie|ihn|ihm)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|[\\n;]+|(?<=[.!?])(?=[a-z])");
    /** Where the writer's data came from, asked as a question. */
    private static final Pattern ORIGIN = Pattern.compile("\\bwoher\\b|\\bwhere\\b.{0,50}\\b(get|got|gotten|obtain\\w*|from)\\b|\\bwaar\\b.{0,50}\\bvandaan\\b"
            + "|\\bhoe (komen|kwamen|zijn|bent|is|kwam) (jullie|u|men)\\b.{0,40}\\baan\\b|\\bhow did you (get|obtain|come by)\\b|\\bwho gave you\\b|\\bwie (gaf|heeft) (jullie|u)\\b");
    /** An explicit wish to be told, which makes a question about the data an ask. */
    private static final Pattern TELL_ME = Pattern.compile("\\b(tell|let me know|know|inform|explain|weten|vertel\\w*|laat\\b.{0,20}\\bweten|wissen|sag\\w*|mitteil\\w*|teilen sie|nennen|erklar\\w*|auskunft)\\b");
    /** "Zie onderwerp", "see subject": a body that points at the subject says nothing of its own. */
    private static final Pattern SEE_SUBJECT = Pattern.compile("\\b(zie (onderwerp|titel|boven)|see (the )?(subject|title)|as per (the )?subject|siehe (betreff|oben))\\b");
    /** Marketing or contact the writer never agreed to: their contact details used without a ground, a privacy matter. */
    private static final Pattern UNWANTED_CONTACT = Pattern.compile(
            "(?s).*(consent|toestemming|einwilligung|zustimmung|erlaubnis|signed|subscribed|gave|aangemeld|ingeschreven|angemeld|regist|customer|klant|kunde|spam|ongevraagd|unsolicited|unerwu).*");

    public MailClassification classify(String subject, String body) {
        String title = articleLists(normalise(subject == null ? "" : subject));
        String text = articleLists(normalise(OwnWords.of(subject, body)));
        String language = language(title + "\n" + text);
        if (AutomaticReply.bySubject(title)) {
            // It echoes the subject of the mail it answers (often ours): its privacy words are not an ask.
            return new MailClassification(Kind.NOT_PRIVACY, List.of(), language, List.of("automatic reply"));
        }
        if (AutomaticReply.byText(text)) {
            // Opens like an out-of-office note, whose subject echoes the mail it answers. If its own text has no
            // privacy words it is one; if it has, a person may have written it from their holiday: support looks,
            // rather than the mail being dropped.
            MailClassification ownText = read("", text, language);
            if (ownText.kind() == Kind.NOT_PRIVACY) {
                return new MailClassification(Kind.NOT_PRIVACY, List.of(), language, List.of("automatic reply"));
            }
            List<String> because = new ArrayList<>(List.of("opens like an automatic reply"));
            because.addAll(ownText.because());
            return new MailClassification(Kind.UNSURE, List.of(), language, because);
        }
        return read(title, text, language);
    }

    /** The letter read as a whole: what it asks now, apart from what it threatens, mentions or reserves. */
    private MailClassification read(String title, String text, String language) {
        List<String> sentences = new ArrayList<>();
        String subjectSentence = null;
        if (!title.isBlank()) {
            subjectSentence = title.replaceFirst("^((re|aw|antw|fw|fwd|wg|doorst|tr)\\s*:\\s*)+", "");
            sentences.add(subjectSentence);
        }
        // "Delete account" over an empty body (or "see subject", or a phone's signature) is about the writer's own account.
        boolean subjectIsTheMessage = subjectSentence != null && words(SEE_SUBJECT.matcher(text).replaceAll(" ")) <= 6;
        String plain = ABBREVIATION.matcher(ADDRESS.matcher(text).replaceAll(" address ")).replaceAll("$1");
        for (String sentence : SENTENCE_END.split(plain)) {
            if (!sentence.isBlank() && !SMALL_PRINT.matcher(sentence).find()) {
                sentences.add(sentence.strip());
            }
        }

        Map<String, List<String>> asked = new LinkedHashMap<>();
        Set<String> complaint = new LinkedHashSet<>();
        Set<String> grievance = new LinkedHashSet<>();
        Set<String> upset = new LinkedHashSet<>();
        Set<String> pastRights = new LinkedHashSet<>();
        Set<String> privacy = new LinkedHashSet<>();
        Set<String> generalAsk = new LinkedHashSet<>();
        Set<String> namedRights = new LinkedHashSet<>();
        Set<String> breach = new LinkedHashSet<>();
        Set<String> originQuestions = new LinkedHashSet<>();
        String previous = "";
        boolean readingSubject = subjectSentence != null;
        for (String sentence : sentences) {
            String before = previous;
            previous = sentence;
            boolean past = PAST.matcher(sentence).find();
            boolean mentionedOnly = RIGHTS_MENTIONED.matcher(sentence).find();
            boolean conditional = CONDITIONAL.matcher(sentence).find() || mentionedOnly;
            boolean question = sentence.contains("?");
            boolean ownerImplied = subjectIsTheMessage && readingSubject;
            readingSubject = false;
            find(PRIVACY, sentence).ifPresent(privacy::add);
            find(GENERAL_ASK, sentence).ifPresent(generalAsk::add);
            RIGHTS.forEach((right, r) -> r.match(sentence, before, ownerImplied).filter(m -> !mentionedOnly).ifPresent(m -> {
                if (past) {
                    pastRights.add(m.words());
                } else if (right.equals("access") && !m.named() && question && ORIGIN.matcher(sentence).find() && !TELL_ME.matcher(sentence).find()) {
                    originQuestions.add(m.words());
                } else {
                    asked.computeIfAbsent(right, k -> new ArrayList<>()).add(m.words());
                    if (m.named()) {
                        namedRights.add(m.words());
                    }
                }
            }));
            if (!conditional || past) {
                find(BREACH, sentence).ifPresent(breach::add);
            }
            if ((!conditional && !question) || past) {
                find(BREACH_TOLD, sentence).ifPresent(breach::add);
            }
            if (!conditional || past) {
                find(COMPLAINT, sentence).ifPresent(complaint::add);
                find(GRIEVANCE, sentence).ifPresent(grievance::add);
            }
            find(UPSET, sentence).ifPresent(upset::add);
        }

        // Privacy matter: privacy words, a right that was asked for before, or a complaint taken to the authority.
        // "Woher haben Sie meine Adresse? Löschen Sie meine Daten!": asked bare next to another demand, where the data
        // came from is indignation; asked on its own, or as "tell me where you got it", it is a request for access.
        if (!originQuestions.isEmpty() && (asked.isEmpty() || asked.containsKey("access"))) {
            asked.computeIfAbsent("access", k -> new ArrayList<>()).addAll(originQuestions);
        }
        boolean unwantedContact = upset.stream().anyMatch(w -> UNWANTED_CONTACT.matcher(w).matches());
        boolean privacyMatter = !privacy.isEmpty() || !pastRights.isEmpty() || !namedRights.isEmpty() || !breach.isEmpty() || unwantedContact
                || complaint.stream().anyMatch(w -> !w.matches("klacht\\w*|beklag\\w*|klagen|complain\\w*|beschwer\\w*|beanstand\\w*"));
        boolean privacyGrievance = privacyMatter;
        if ((!complaint.isEmpty() || !grievance.isEmpty() || !breach.isEmpty()) && privacyMatter) {
            return new MailClassification(Kind.COMPLAINT, List.of(), language, words(breach, complaint, grievance, pastRights));
        }
        if (!asked.isEmpty()) {
            return new MailClassification(Kind.REQUEST, List.copyOf(asked.keySet()), language,
                    asked.values().stream().flatMap(List::stream).distinct().toList());
        }
        if (!upset.isEmpty() && privacyGrievance) {
            return new MailClassification(Kind.COMPLAINT, List.of(), language, words(upset, privacy));
        }
        if (!generalAsk.isEmpty()) {
            return new MailClassification(Kind.REQUEST, List.of("unclear"), language, List.copyOf(generalAsk));
        }
        if (privacyMatter) {
            return new MailClassification(Kind.UNSURE, List.of(), language, words(privacy, pastRights, complaint));
        }
        return new MailClassification(Kind.NOT_PRIVACY, List.of(), language, List.of());
    }

    private static long words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
    }

    @SafeVarargs
    private static List<String> words(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all.stream().limit(6).toList();
    }

    private static java.util.Optional<String> find(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        return m.find() ? java.util.Optional.of(shorten(m.group())) : java.util.Optional.empty();
    }

    private static String shorten(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        return w.length() <= 50 ? w : w.substring(0, 47) + "...";
    }

    /** A right named outright, or an everyday verb with the writer's own data as its object (not a product or an order). */
    private record Matched(String words, boolean named) {
    }

    private record Right(Pattern named, Pattern everyday, boolean needsOwner, Pattern otherRight) {
        Right(String named, String everyday) {
            this(named, everyday, true, "$^");
        }

        Right(String named, String everyday, boolean needsOwner, String otherRight) {
            this(Pattern.compile(named), Pattern.compile(everyday), needsOwner, Pattern.compile(otherRight));
        }

        java.util.Optional<Matched> match(String sentence, String before, boolean ownerImplied) {
            Matcher m = named.matcher(sentence);
            if (m.find()) {
                return java.util.Optional.of(new Matched(shorten(m.group()), true));
            }
            Matcher e = everyday.matcher(sentence);
            // The everyday words of one right may be the means of another: "a copy in a machine-readable format"
            // is portability, "remove me from your mailing list" is an objection.
            String clause = e.find() ? clauseAround(sentence, e.start()) : "";
            // The writer's detail must be the verb's object, in its clause: in "I want to change my password, but
            // the reset mail never reaches my e-mail address" nobody asks to change the e-mail address.
            if (!clause.isEmpty() && !otherRight.matcher(clause).find()) {
                Matcher owned = OWNED_DETAIL.matcher(clause);
                boolean aboutProduct = PRODUCT.matcher(sentence).find() && !PRIVACY.matcher(sentence).find();
                if (!aboutProduct && !needsOwner) {
                    return java.util.Optional.of(new Matched(shorten(e.group()), false));
                }
                if (!aboutProduct && owned.find()) {
                    return java.util.Optional.of(new Matched(shorten(e.group() + " … " + owned.group()), false));
                }
                Matcher ownedInSentence = OWNED_DETAIL.matcher(sentence);
                if (!aboutProduct && POINTS_BACK.matcher(clause).find() && ownedInSentence.find()) {
                    return java.util.Optional.of(new Matched(shorten(e.group() + " … " + ownedInSentence.group()), false));
                }
                Matcher bare = BARE_DETAIL.matcher(sentence);
                if (!aboutProduct && ownerImplied && bare.find()) {
                    return java.util.Optional.of(new Matched(shorten(e.group() + " … " + bare.group()), false));
                }
                Matcher ownedBefore = OWNED_DETAIL.matcher(before);
                if (!aboutProduct && POINTS_BACK.matcher(sentence).find() && ownedBefore.find() && !PRODUCT.matcher(before).find()) {
                    return java.util.Optional.of(new Matched(shorten(e.group() + " … " + ownedBefore.group()), false));
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static String clauseAround(String sentence, int at) {
        int start = 0;
        int end = sentence.length();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.start() <= at) {
                start = m.start();
            } else {
                end = m.start();
                break;
            }
        }
        return sentence.substring(start, end);
    }

    /** "Articles 15 and 17", "artikelen 15, 16 en 17", "Art. 15 und 17": each number read as an article of its own. */
    private static String articleLists(String text) {
        Matcher m = ARTICLE_LIST.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String numbers = m.group(2) + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    String.join(" ", java.util.Arrays.stream(numbers.split("\\D+")).filter(n -> !n.isEmpty()).map(n -> "art " + n).toList())));
        }
        return m.appendTail(out).toString();
    }

    /** Dutch is answered in Dutch; English and German (which the product does not write) in English. */
    private static String language(String text) {
        long dutch = DUTCH.matcher(text).results().count();
        long german = GERMAN.matcher(text).results().count();
        long english = ENGLISH.matcher(text).results().count();
        return dutch >= english && dutch >= german ? Languages.DUTCH : Languages.ENGLISH;
    }

    static String normalise(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replace('ß', 's').replace('’', '\'');
    }
}
