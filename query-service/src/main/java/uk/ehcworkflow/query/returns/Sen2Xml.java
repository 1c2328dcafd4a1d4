package uk.ehcworkflow.query.returns;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.ehcworkflow.query.common.Cells;

/**
 * Writes a SEN2 return as XML, a person at a time, indented and in a fixed order so that the same
 * people always give the same bytes. The tags are those the sources confirm (RETURNS.md); the
 * nesting and root follow the 2023 technical specification's structure as far as it could be read,
 * and {@code returns/sen2.xsd} is written from the same reading. An item with no value is left out.
 */
final class Sen2Xml implements AutoCloseable {

    private final XMLStreamWriter xml;
    private int depth;

    /** The header's items, as configured for the authority and the software. */
    record Header(String collection, int year, LocalDate referenceDate, String sourceLevel, String lea, String softwareCode,
                  String release, String serialNo, String dateTime, String dmo, String dco, String dsco) {
    }

    Sen2Xml(OutputStream out, Header header) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        item("Collection", header.collection());
        item("Year", String.valueOf(header.year()));
        item("ReferenceDate", header.referenceDate());
        end();
        open("Source");
        item("SourceLevel", header.sourceLevel());
        item("LEA", header.lea());
        item("SoftwareCode", header.softwareCode());
        item("Release", header.release());
        item("SerialNo", header.serialNo());
        item("DateTime", header.dateTime());
        end();
        item("DMO", header.dmo());
        item("DCO", header.dco());
        item("DSCO", header.dsco());
        end();
        open("Persons");
    }

    void write(Sen2Person p) throws XMLStreamException {
        open("Person");
        item("Surname", p.surname());
        item("Forename", p.forename());
        item("PersonBirthDate", p.birthDate());
        item("Sex", p.sex());
        item("Ethnicity", p.ethnicity());
        item("PostCode", p.postcode());
        item("UPN", p.upn());
        item("UniqueLearnerNumber", p.uln());
        item("UPNunknown", p.upnUnknown());
        if (!p.requests().isEmpty()) {
            open("Requests");
            for (Sen2Person.Request r : p.requests()) {
                request(r);
            }
            end();
        }
        if (p.activePlan() != null) {
            activePlan(p.activePlan());
        }
        end();
    }

    private void request(Sen2Person.Request r) throws XMLStreamException {
        open("Request");
        item("ReceivedDate", r.receivedDate());
        item("RequestSource", r.requestSource());
        item("RYA", r.rya());
        item("RequestOutcomeDate", r.outcomeDate());
        item("RequestOutcome", r.outcome());
        item("RequestMediation", r.mediation());
        item("RequestTribunal", r.tribunal());
        item("Exported", r.exported());
        Sen2Person.Assessment a = r.assessment();
        if (a != null) {
            open("Assessment");
            item("AssessmentOutcome", a.outcome());
            item("AssessmentOutcomeDate", a.outcomeDate());
            item("AssessmentMediation", a.mediation());
            item("AssessmentTribunal", a.tribunal());
            item("OtherMediation", a.otherMediation());
            item("OtherTribunal", a.otherTribunal());
            item("Week20", a.week20());
            if (a.namedPlan() != null) {
                namedPlan(a.namedPlan());
            }
            end();
        }
        end();
    }

    private void namedPlan(Sen2Person.NamedPlan n) throws XMLStreamException {
        open("NamedPlan");
        item("StartDate", n.startDate());
        item("PlanRes", n.planRes());
        item("PlanWBP", n.planWbp());
        item("PB", n.pb());
        item("OA", n.oa());
        item("DP", n.dp());
        item("CeaseDate", n.ceaseDate());
        item("CeaseReason", n.ceaseReason());
        for (Sen2Person.PlanDetail d : n.details()) {
            open("PlanDetail");
            place(d.urn(), d.ukprn(), d.senSetting(), d.senSettingOther(), d.placementRank());
            item("SENUnitIndicator", d.senUnit());
            item("ResourcedProvisionIndicator", d.resourcedProvision());
            end();
        }
        end();
    }

    private void activePlan(Sen2Person.ActivePlan a) throws XMLStreamException {
        open("ActivePlans");
        item("TransferLA", a.transferLa());
        item("ReviewMeeting", a.reviewMeeting());
        item("ReviewOutcome", a.reviewOutcome());
        item("LastReview", a.lastReview());
        item("ReviewDraft", a.reviewDraft());
        item("PhaseTransferDueDate", a.phaseTransferDueDate());
        item("PhaseTransferFinalDate", a.phaseTransferFinalDate());
        for (Sen2Person.PlacementDetail d : a.placements()) {
            open("PlacementDetail");
            place(d.urn(), d.ukprn(), d.senSetting(), d.senSettingOther(), d.placementRank());
            item("EntryDate", d.entryDate());
            item("LeavingDate", d.leavingDate());
            item("SENUnitIndicator", d.senUnit());
            item("ResourcedProvisionIndicator", d.resourcedProvision());
            item("Res", d.res());
            item("WBP", d.wbp());
            end();
        }
        for (Sen2Person.Need need : a.needs()) {
            open("SENneed");
            item("SENtype", need.senType());
            item("SENtypeRank", need.rank());
            end();
        }
        end();
    }

    /** Where a placement is, as the plan's detail and the active plan's placements both say it. */
    private void place(String urn, String ukprn, String setting, String settingOther, String rank) throws XMLStreamException {
        item("URN", urn);
        item("UKPRN", ukprn);
        item("SENsetting", setting);
        item("SENsettingOther", settingOther);
        item("PlacementRank", rank);
    }

    /** Ends the persons and the message. */
    @Override
    public void close() throws XMLStreamException {
        end();
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
    }

    private void open(String tag) throws XMLStreamException {
        indent();
        xml.writeStartElement(tag);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void item(String tag, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(tag);
        xml.writeCharacters(Cells.carried(value.toString()));
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
