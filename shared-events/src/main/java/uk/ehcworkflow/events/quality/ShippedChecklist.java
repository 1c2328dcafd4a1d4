package uk.ehcworkflow.events.quality;

import java.util.List;

/**
 * The checklist the service ships, version 1 of {@value #ID}: built from what the SEND Regulations
 * 2014 require a plan to contain (reg 12: sections A to K) and what the SEND Code of Practice asks of
 * it (CoP 9.61 clear and understandable; 9.66 outcomes SMART; 9.69 provision detailed, specific and
 * normally quantified), with the "golden thread" from aspirations through needs and provision to
 * outcomes. An area publishes its own versions over it (ADR 50). Both services know it: the command
 * side scores audits against it, the read side shows its words.
 */
public final class ShippedChecklist {

    /** The one checklist plans are audited against. */
    public static final String ID = "plan-quality";
    public static final String TITLE = "EHC plan quality checklist";
    public static final int VERSION = 1;

    public static final List<ChecklistSection> SECTIONS = List.of(
            new ChecklistSection("voice", "The child's voice", List.of(
                    new Criterion("voice.views", "Section A gives the child's and the family's views, interests and aspirations, "
                            + "in their own words where they can.", "SEND Regulations 2014 reg 12(1)(a); CoP 9.69 (section A)."),
                    new Criterion("voice.clear", "The plan is clear, concise and understandable to the family and to those who "
                            + "work with the child.", "CoP 9.61."))),
            new ChecklistSection("needs", "Needs described", List.of(
                    new Criterion("needs.all", "Section B describes every special educational need the advice identifies.",
                            "Reg 12(1)(b); compare the advice in section K."),
                    new Criterion("needs.specific", "Each need says what the child finds hard and how it shows, not a diagnosis "
                            + "alone.", "CoP 9.69 (section B)."))),
            new ChecklistSection("outcomes", "Outcomes", List.of(
                    new Criterion("outcomes.smart", "Each outcome in section E is specific, measurable, achievable, realistic and "
                            + "time-bound.", "CoP 9.66."),
                    new Criterion("outcomes.aspirations", "The outcomes build towards the aspirations in section A, with steps "
                            + "to the end of the next key stage.", "CoP 9.66."))),
            new ChecklistSection("provision", "Provision specific and quantified", List.of(
                    new Criterion("provision.specific", "Section F's provision is detailed and specific, and quantified: what, how "
                            + "often, for how long and by whom.", "CoP 9.69 (section F)."),
                    new Criterion("provision.every-need", "Every need in section B has provision in section F that meets it.",
                            "Reg 12(1)(f)."))),
            new ChecklistSection("health-care", "Health and social care", List.of(
                    new Criterion("health.described", "Health needs (section C) and provision (section G) are described where the "
                            + "health advice identifies them, or the plan says there are none.", "Reg 12(1)(c), (g)."),
                    new Criterion("care.described", "Social care needs (section D) and provision (sections H1 and H2) are "
                            + "described where the social care advice identifies them, or the plan says there are none.",
                            "Reg 12(1)(d), (h)."))),
            new ChecklistSection("golden-thread", "The golden thread", List.of(
                    new Criterion("thread.traceable", "Each outcome can be traced to a need and to the provision that meets it.",
                            "Aspirations, needs, provision and outcomes link."),
                    new Criterion("thread.advice", "The advice gathered in the assessment is reflected in the plan and attached.",
                            "Reg 12(1)(k) (section K)."))));

    private ShippedChecklist() {
    }
}
