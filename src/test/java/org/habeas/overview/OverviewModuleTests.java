package org.habeas.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.habeas.ModuleFixtures;
import org.habeas.system.Agencies;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.habeas.system.VideoRegister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overview with system only: it knows no module, only the {@link OverviewSource}s they declare,
 * and shows a monitor each source's numbers with the link that opens them; anyone else is refused.
 */
// Overview only names system's types (no bean of it), so system is included by name: its clock,
// users and security are what the page stands on.
@ApplicationModuleTest(extraIncludes = "system")
@AutoConfigureMockMvc
@ActiveProfiles("test")
// What system asks of monitoring, which the overview does not use.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class OverviewModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  /** A module's numbers, as a module would declare them. */
  @TestConfiguration
  static class OneSource {
    @Bean
    OverviewSource heldTooLong() {
      return (actor, now) ->
          List.of(new OverviewFigure("mt-held", "overview.what", 7, "/mt/held", 1, List.of()));
    }
  }

  @Autowired private MockMvc mvc;
  @Autowired private Users users;

  @Test
  void aMonitorSeesEachSourcesNumberWithItsLinkAndAnOfficerIsRefused() throws Exception {
    // given a monitor and an officer
    var monitor = "mt-monitor-" + System.nanoTime();
    var officer = "mt-officer-" + System.nanoTime();
    users.create(monitor, "overview password", "Module Monitor", Role.MONITOR, null, null, "en");
    users.create(
        officer, "overview password", "Module Officer", Role.CUSTODY_OFFICER, null, null, "en");

    // when each opens the overview, then the monitor sees the source's number and its link
    var page =
        mvc.perform(get("/overview").with(user(monitor)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .containsPattern("<tr id=\"mt-held\"[^>]*data-count=\"7\"")
        .contains("href=\"/mt/held\" id=\"mt-held-link\"");
    // and the officer is refused
    mvc.perform(get("/overview").with(user(officer))).andExpect(status().isForbidden());
  }
}
