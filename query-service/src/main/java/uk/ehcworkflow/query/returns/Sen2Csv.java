package uk.ehcworkflow.query.returns;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.ehcworkflow.query.common.Cells;

/**
 * One module of a SEN2 return as a CSV in the shape of the "Blade" files COLLECT exports, for
 * checking in a spreadsheet: each row with its module's table id and its parent's, the items in
 * lower case. Ids are counted in the return's order, so every module of the same return joins.
 */
final class Sen2Csv {

    /** The modules, as the Blade files name them. */
    enum Module {
        SEN2("sen2tableid", "collection", "year", "referencedate", "sourcelevel", "lea", "softwarecode", "release", "serialno",
                "datetime", "dmo", "dco", "dsco"),
        PERSON("persontableid", "sen2tableid", "surname", "forename", "personbirthdate", "sex", "ethnicity", "postcode", "upn",
                "uniquelearnernumber", "upnunknown"),
        REQUESTS("requeststableid", "persontableid", "receiveddate", "requestsource", "rya", "requestoutcomedate",
                "requestoutcome", "requestmediation", "requesttribunal", "exported"),
        ASSESSMENT("assessmenttableid", "requeststableid", "assessmentoutcome", "assessmentoutcomedate", "assessmentmediation",
                "assessmenttribunal", "othermediation", "othertribunal", "week20"),
        NAMEDPLAN("namedplantableid", "assessmenttableid", "startdate", "planres", "planwbp", "pb", "oa", "dp", "ceasedate",
                "ceasereason"),
        PLANDETAIL("plandetailtableid", "namedplantableid", "urn", "ukprn", "sensetting", "sensettingother", "placementrank",
                "senunitindicator", "resourcedprovisionindicator"),
        ACTIVEPLANS("activeplanstableid", "persontableid", "transferla", "reviewmeeting", "reviewoutcome", "lastreview",
                "reviewdraft", "phasetransferduedate", "phasetransferfinaldate"),
        PLACEMENTDETAIL("placementdetailtableid", "activeplanstableid", "urn", "ukprn", "sensetting", "sensettingother",
                "placementrank", "entrydate", "leavingdate", "senunitindicator", "resourcedprovisionindicator", "res", "wbp"),
        SENNEED("senneedtableid", "activeplanstableid", "sentype", "sentyperank");

        private final List<String> columns;

        Module(String... columns) {
            this.columns = List.of(columns);
        }

        /** The module a {@code module=} parameter names, in any case. */
        static Module named(String name) {
            return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }

        String lowerName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Writer out;
    private final Module module;
    private long person;
    private long request;
    private long assessment;
    private long namedPlan;
    private long planDetail;
    private long activePlan;
    private long placement;
    private long need;

    Sen2Csv(Writer out, Module module, Sen2Xml.Header h) throws IOException {
        this.out = out;
        this.module = module;
        row(module.columns.toArray());
        if (module == Module.SEN2) {
            row(1, h.collection(), h.year(), h.referenceDate(), h.sourceLevel(), h.lea(), h.softwareCode(), h.release(),
                    h.serialNo(), h.dateTime(), h.dmo(), h.dco(), h.dsco());
        }
    }

    void write(Sen2Person p) throws IOException {
        long personId = ++person;
        when(Module.PERSON, personId, 1, p.surname(), p.forename(), p.birthDate(), p.sex(), p.ethnicity(), p.postcode(), p.upn(),
                p.uln(), p.upnUnknown());
        for (Sen2Person.Request r : p.requests()) {
            long requestId = ++request;
            when(Module.REQUESTS, requestId, personId, r.receivedDate(), r.requestSource(), r.rya(), r.outcomeDate(), r.outcome(),
                    r.mediation(), r.tribunal(), r.exported());
            Sen2Person.Assessment a = r.assessment();
            if (a == null) {
                continue;
            }
            long assessmentId = ++assessment;
            when(Module.ASSESSMENT, assessmentId, requestId, a.outcome(), a.outcomeDate(), a.mediation(), a.tribunal(),
                    a.otherMediation(), a.otherTribunal(), a.week20());
            Sen2Person.NamedPlan n = a.namedPlan();
            if (n == null) {
                continue;
            }
            long planId = ++namedPlan;
            when(Module.NAMEDPLAN, planId, assessmentId, n.startDate(), n.planRes(), n.planWbp(), n.pb(), n.oa(), n.dp(),
                    n.ceaseDate(), n.ceaseReason());
            for (Sen2Person.PlanDetail d : n.details()) {
                when(Module.PLANDETAIL, ++planDetail, planId, d.urn(), d.ukprn(), d.senSetting(), d.senSettingOther(),
                        d.placementRank(), d.senUnit(), d.resourcedProvision());
            }
        }
        Sen2Person.ActivePlan a = p.activePlan();
        if (a != null) {
            long activeId = ++activePlan;
            when(Module.ACTIVEPLANS, activeId, personId, a.transferLa(), a.reviewMeeting(), a.reviewOutcome(), a.lastReview(),
                    a.reviewDraft(), a.phaseTransferDueDate(), a.phaseTransferFinalDate());
            for (Sen2Person.PlacementDetail d : a.placements()) {
                when(Module.PLACEMENTDETAIL, ++placement, activeId, d.urn(), d.ukprn(), d.senSetting(), d.senSettingOther(),
                        d.placementRank(), d.entryDate(), d.leavingDate(), d.senUnit(), d.resourcedProvision(), d.res(), d.wbp());
            }
            for (Sen2Person.Need n : a.needs()) {
                when(Module.SENNEED, ++need, activeId, n.senType(), n.rank());
            }
        }
    }

    private void when(Module of, Object... cells) throws IOException {
        if (of == module) {
            row(cells);
        }
    }

    private void row(Object... cells) throws IOException {
        List<String> written = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            written.add(Cells.csv(cell));
        }
        out.write(String.join(",", written));
        out.write("\r\n");
    }
}
