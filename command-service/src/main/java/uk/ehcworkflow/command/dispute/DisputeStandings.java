package uk.ehcworkflow.command.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.plan.CessationChallenges;

/** The plan's question about the disputes of its decision to cease, answered by each dispute loaded in the same unit of work. */
@Component
class DisputeStandings implements CessationChallenges {

    private final Repository<Dispute> disputes;

    DisputeStandings(Repository<Dispute> disputes) {
        this.disputes = disputes;
    }

    /** Withdrawn if any dispute withdrew the decision; otherwise running if any still runs. */
    @Override
    public Standing on(List<String> disputeIds, LocalDate day) {
        List<Standing> each = disputeIds.stream()
                .map(id -> disputes.load(id).invoke(dispute -> dispute.standingOn(day))).toList();
        return each.contains(Standing.DECISION_WITHDRAWN) ? Standing.DECISION_WITHDRAWN
                : each.contains(Standing.RUNNING) ? Standing.RUNNING : Standing.NONE_RUNNING;
    }
}
