package uk.ehcworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void auditors_and_admins_get_the_auditors_views_and_only_admins_may_erase() {
        assertThat(Arrays.stream(Role.values()).filter(role -> new Actor("someone", role, null).mayAudit()))
                .containsExactlyInAnyOrder(Role.AUDITOR, Role.ADMIN);
        assertThat(Arrays.stream(Role.values()).filter(role -> new Actor("someone", role, null).mayErase()))
                .containsExactly(Role.ADMIN);
    }
}
