package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.system.web.AdministrationTests.contains;
import static org.habeas.system.web.AdministrationTests.form;
import static org.habeas.system.web.AdministrationTests.page;
import static org.habeas.system.web.AdministrationTests.tag;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.habeas.IntegrationTest;
import org.habeas.TestClock;
import org.habeas.system.AdminActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit: every sign-in and administrator's action beside the reads, filtered, as CSV. */
@IntegrationTest
class AuditPagesTests {

  @Autowired MockMvc mvc;
  @Autowired AdminActions actions;

  @Test
  void signInsSuccessfulOrNotAndAdministratorsActionsAreInTheAuditFiltered() throws Exception {
    var name = "nobody-" + tag();
    mvc.perform(get("/api/v1/me").with(httpBasic(name, "wrong password")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").with(httpBasic("trainer", "habeas-demo")))
        .andExpect(status().isOk());
    mvc.perform(
            form("/admin/users")
                .param("username", name)
                .param("displayName", "Audited Person")
                .param("role", "TRAINER")
                .param("language", "ru"))
        .andExpect(status().is3xxRedirection());

    var failed =
        mvc.perform(page("admin", "/audit?who=" + name + "&kind=SIGN_IN_FAILURE"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var rows = failed.substring(failed.indexOf("id=\"audit\""));
    assertThat(rows).contains("sign-in failed").contains(name).doesNotContain("user created");
    mvc.perform(page("admin", "/audit?who=trainer&kind=SIGN_IN_SUCCESS"))
        .andExpect(contains("signed in"));
    mvc.perform(page("admin", "/audit?kind=ADMIN&zone=Asia/Almaty"))
        .andExpect(contains("user created"))
        .andExpect(contains(name))
        .andExpect(contains("When (Asia/Almaty)"));
    // Dates bound the list, in the zone chosen.
    var today = LocalDate.ofInstant(TestClock.now(), ZoneId.of("Asia/Almaty"));
    mvc.perform(
            page(
                "admin",
                "/audit?kind=USER_CREATED&from=" + today.plusDays(1) + "&zone=Asia/Almaty"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(name))));
    mvc.perform(page("admin", "/audit?from=yesterday")).andExpect(status().isBadRequest());

    // Monitors see the reads only.
    mvc.perform(page("monitor", "/audit?kind=ADMIN")).andExpect(status().isBadRequest());
    mvc.perform(page("monitor", "/audit?who=" + name))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("sign-in failed"))));
  }

  @Test
  void theAuditExportsAsCsvAndTheExportIsAudited() throws Exception {
    var name = "=cmd|' /C calc'!A0-" + tag(); // typed at sign-in: a formula for a spreadsheet
    mvc.perform(get("/api/v1/me").with(httpBasic(name, "x"))).andExpect(status().isUnauthorized());
    var response =
        mvc.perform(page("admin", "/audit/export?kind=SIGN_IN_FAILURE&zone=Europe/London"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
            .andReturn()
            .getResponse();
    var csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    var records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    var row = records.stream().filter(r -> r.get("who").endsWith(name)).findFirst().orElseThrow();
    assertThat(row.get("who")).isEqualTo("'" + name); // never a formula
    assertThat(row.get("kind")).isEqualTo("SIGN_IN_FAILURE");
    assertThat(row.get("kind_text")).isEqualTo("sign-in failed");
    assertThat(row.get("zone")).isEqualTo("Europe/London");
    assertThat(row.get("at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
    assertThat(csv).contains("\r\n");

    var exported =
        actions.page(
            new AdminActions.Filter("admin", AdminActions.Kind.AUDIT_EXPORTED, null, null), 0, 1);
    assertThat(exported).hasSize(1);
    assertThat(exported.getFirst().detail())
        .contains("kind=SIGN_IN_FAILURE")
        .contains("zone=Europe/London");
  }
}
