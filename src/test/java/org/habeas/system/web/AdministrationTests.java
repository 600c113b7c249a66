package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.habeas.IntegrationTest;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.UserAdministration;
import org.habeas.system.UserAdministration.UserForm;
import org.habeas.system.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator's work: users created, checked, changed, disabled and given new passwords;
 * facilities with their names in three languages; each act in the audit, never a password.
 */
@IntegrationTest
class AdministrationTests {

  static final String PASSWORD = "habeas-demo";

  @Autowired MockMvc mvc;
  @Autowired Users users;
  @Autowired Facilities facilities;
  @Autowired AdminActions actions;
  @Autowired UserAdministration administration;

  @Test
  void anAdministratorCreatesAUserWhoSignsInWithTheOneTimePassword() throws Exception {
    var name = "officer-" + tag();
    var result =
        mvc.perform(
                form("/admin/users")
                    .param("username", name)
                    .param("displayName", "Aruzhan Nurlanova")
                    .param("role", "CUSTODY_OFFICER")
                    .param("facilityId", "kz-alm-tdf1")
                    .param("language", "kk")
                    .param("email", "aruzhan@example.kz")
                    .param("supervisor", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/admin/users/" + name))
            .andExpect(flash().attributeExists("newPassword"))
            .andReturn();
    var password = (String) result.getFlashMap().get("newPassword");
    var account = users.account(name).orElseThrow();
    assertThat(account.regionCode()).isEqualTo("alm"); // the facility's region, taken with it
    assertThat(account.supervisor()).isTrue();
    assertThat(account.email()).isEqualTo("aruzhan@example.kz");
    mvc.perform(get("/api/v1/me").with(httpBasic(name, password))).andExpect(status().isOk());

    var audited = lastAction(name);
    assertThat(audited.kind()).isEqualTo(AdminActions.Kind.USER_CREATED);
    assertThat(audited.username()).isEqualTo("admin");
    assertThat(audited.detail()).contains("role=CUSTODY_OFFICER").doesNotContain(password);

    // The page of the user shows the form filled in.
    mvc.perform(page("admin", "/admin/users/" + name))
        .andExpect(status().isOk())
        .andExpect(contains("Aruzhan Nurlanova"));
  }

  @Test
  void aWrongFormComesBackWithEveryProblemAndWhatWasTypedAndStoresNothing() throws Exception {
    var html =
        mvc.perform(
                form("/admin/users")
                    .param("username", "Bad Name!")
                    .param("displayName", "")
                    .param("role", "CUSTODY_OFFICER")
                    .param("facilityId", "")
                    .param("language", "en")
                    .param("email", "not-an-address"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"username-err\"")
        .contains("id=\"displayName-err\"")
        .contains("id=\"facilityId-err\"")
        .contains("id=\"email-err\"")
        .contains("value=\"Bad Name!\"")
        .contains("value=\"not-an-address\"");
    assertThat(users.account("Bad Name!")).isEmpty();

    // A name in use is refused on its field.
    mvc.perform(
            form("/admin/users")
                .param("username", "officer")
                .param("displayName", "Someone")
                .param("role", "MONITOR")
                .param("language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(contains("is taken by another user"));
  }

  @Test
  void aDisabledUserCannotSignInAndTheActsAreAudited() throws Exception {
    var name = created(Role.MONITOR);
    mvc.perform(form("/admin/users/" + name + "/enabled").param("enabled", "false"))
        .andExpect(status().is3xxRedirection());
    assertThat(users.account(name).orElseThrow().enabled()).isFalse();
    mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD)))
        .andExpect(status().isUnauthorized());
    assertThat(lastAction(name).kind()).isEqualTo(AdminActions.Kind.USER_DISABLED);

    mvc.perform(form("/admin/users/" + name + "/enabled").param("enabled", "true"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
    assertThat(lastAction(name).kind()).isEqualTo(AdminActions.Kind.USER_ENABLED);
  }

  @Test
  void nobodyDisablesThemselvesAndTheLastAdministratorStaysOne() throws Exception {
    mvc.perform(form("/admin/users/admin/enabled").param("enabled", "false"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("refused", "admin.users.self"));
    assertThat(users.account("admin").orElseThrow().enabled()).isTrue();

    // Another administrator, not stored as a user, cannot disable the only one who can sign in.
    assertThat(users.enabledAdministrators()).isEqualTo(1);
    var other = new Actor("auditor-" + tag(), "Other", Role.ADMIN, null, null, "en");
    assertThatThrownBy(() -> administration.setEnabled(other, "admin", false))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.code()).isEqualTo("admin.users.lastAdmin"));
    var form = UserForm.of(users.account("admin").orElseThrow(), null);
    var demoted =
        new UserForm(
            form.username(),
            form.displayName(),
            "MONITOR",
            "",
            "",
            "",
            form.language(),
            form.email(),
            false);
    assertThatThrownBy(() -> administration.update(other, demoted))
        .isInstanceOfSatisfying(
            Problem.class,
            p ->
                assertThat(p.fields()).extracting(f -> f.code()).contains("admin.users.lastAdmin"));
    assertThat(users.account("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void aResetPasswordIsShownOnceAndOnlyItsHashIsKept() throws Exception {
    var name = created(Role.TRAINER);
    var result =
        mvc.perform(form("/admin/users/" + name + "/password").param("password", ""))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("newPassword"))
            .andReturn();
    var generated = (String) result.getFlashMap().get("newPassword");
    mvc.perform(get("/api/v1/me").with(httpBasic(name, generated))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").with(httpBasic(name, PASSWORD)))
        .andExpect(status().isUnauthorized());
    var audited = lastAction(name);
    assertThat(audited.kind()).isEqualTo(AdminActions.Kind.PASSWORD_RESET);
    assertThat(audited.detail()).isEqualTo("generated").doesNotContain(generated);

    // One the administrator types, if long enough.
    mvc.perform(form("/admin/users/" + name + "/password").param("password", "short"))
        .andExpect(flash().attribute("refused", "admin.users.passwordLength"));
    mvc.perform(form("/admin/users/" + name + "/password").param("password", "a-long-passphrase"))
        .andExpect(flash().attributeCount(1));
    mvc.perform(get("/api/v1/me").with(httpBasic(name, "a-long-passphrase")))
        .andExpect(status().isOk());
    assertThat(lastAction(name).detail()).isEqualTo("set");
  }

  @Test
  void aFacilitysNameFollowsTheReadersLanguageAndABadZoneIsRefused() throws Exception {
    var id = "kz-ast-pd" + tag().substring(0, 4);
    mvc.perform(
            form("/admin/facilities")
                .param("id", id)
                .param("kind", "police-department")
                .param("regionCode", "ast")
                .param("nameEn", "Baikonur District Police Department, Astana")
                .param("nameRu", "Управление полиции района Байконур города Астаны")
                .param("nameKk", "Астана қаласы Байқоңыр ауданының полиция басқармасы")
                .param("zone", "Asia/Almaty")
                .param("jurisdiction", "kz"))
        .andExpect(status().is3xxRedirection());
    assertThat(lastAction(id).kind()).isEqualTo(AdminActions.Kind.FACILITY_CREATED);

    mvc.perform(page("admin", "/admin/facilities").sessionAttr(key(), Locale.forLanguageTag("ru")))
        .andExpect(status().isOk())
        .andExpect(contains("Управление полиции района Байконур города Астаны"))
        .andExpect(contains("Изолятор временного содержания Департамента полиции города Астаны"));
    mvc.perform(page("admin", "/admin/facilities").sessionAttr(key(), Locale.forLanguageTag("kk")))
        .andExpect(contains("Астана қаласы Байқоңыр ауданының полиция басқармасы"));
    // The API keeps the default name, and gives every name besides (by addition).
    mvc.perform(
            get("/api/v1/facilities")
                .with(httpBasic("admin", PASSWORD))
                .header("Accept-Language", "ru"))
        .andExpect(contains("\"name\":\"Baikonur District Police Department, Astana\""))
        .andExpect(contains("\"ru\":\"Управление полиции района Байконур города Астаны\""));

    // A change is audited with what changed; a bad zone is refused, every field at once.
    mvc.perform(
            form("/admin/facilities/" + id)
                .param("kind", "police-department")
                .param("regionCode", "ast")
                .param("nameEn", "Baikonur District Police Department")
                .param("nameRu", "Управление полиции района Байконур города Астаны")
                .param("nameKk", "Астана қаласы Байқоңыр ауданының полиция басқармасы")
                .param("zone", "Asia/Almaty")
                .param("jurisdiction", "kz"))
        .andExpect(status().is3xxRedirection());
    assertThat(lastAction(id).detail())
        .isEqualTo(
            "name.en: Baikonur District Police Department, Astana → Baikonur District Police"
                + " Department");
    mvc.perform(
            form("/admin/facilities/" + id)
                .param("kind", "police-department")
                .param("regionCode", "ast")
                .param("nameEn", "Baikonur")
                .param("nameRu", "")
                .param("nameKk", "Байқоңыр")
                .param("zone", "Asia/Astana-City")
                .param("jurisdiction", "kz"))
        .andExpect(status().isBadRequest())
        .andExpect(contains("id=\"zone-err\""))
        .andExpect(contains("“Asia/Astana-City” is not a time zone"))
        .andExpect(contains("id=\"nameRu-err\""))
        .andExpect(contains("value=\"Asia/Astana-City\""));
    assertThat(facilities.find(id).orElseThrow().defaultName())
        .isEqualTo("Baikonur District Police Department");
  }

  @Test
  void onlyAdministratorsAdminister() throws Exception {
    for (var path : List.of("/admin", "/admin/users", "/admin/facilities", "/admin/users/new")) {
      mvc.perform(page("officer", path)).andExpect(status().isForbidden());
      mvc.perform(page("monitor", path)).andExpect(status().isForbidden());
      mvc.perform(page("admin", path)).andExpect(status().isOk());
    }
    mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
  }

  @Test
  void anAdministratorRegistersAFacilitysCameraWhichIsAudited() throws Exception {
    var label = "Interrogation room " + tag();
    mvc.perform(
            form("/admin/facilities/kz-akt-pd1/cameras")
                .param("roomKind", "interrogation")
                .param("label", label)
                .param("status", "working")
                .param("retentionDays", "30"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/facilities/kz-akt-pd1#cameras-title"))
        .andExpect(flash().attribute("saved", "camera"));

    mvc.perform(page("admin", "/admin/facilities/kz-akt-pd1"))
        .andExpect(status().isOk())
        .andExpect(contains(label));
    mvc.perform(get("/api/v1/facilities/kz-akt-pd1/cameras").with(user("admin").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(contains(label));

    // The form speaks the reader's language.
    mvc.perform(
            page("admin", "/admin/facilities/kz-akt-pd1")
                .sessionAttr(key(), Locale.forLanguageTag("ru")))
        .andExpect(contains("Зарегистрировать камеру"))
        .andExpect(contains("Комната допросов"));
    mvc.perform(
            page("admin", "/admin/facilities/kz-akt-pd1")
                .sessionAttr(key(), Locale.forLanguageTag("kk")))
        .andExpect(contains("Камераны тіркеу"));

    var audited = lastAction("kz-akt-pd1");
    assertThat(audited.kind()).isEqualTo(AdminActions.Kind.CAMERA_REGISTERED);
    assertThat(audited.username()).isEqualTo("admin");
    assertThat(audited.detail()).contains("label=" + label).contains("roomKind=interrogation");
  }

  @Test
  void aWrongCameraComesBackWithEveryProblemAndWhatWasTypedAndStoresNothing() throws Exception {
    var label = "Roof " + tag();
    var html =
        mvc.perform(
                form("/admin/facilities/kz-akt-pd1/cameras")
                    .param("roomKind", "attic")
                    .param("label", "  ")
                    .param("status", "working")
                    .param("retentionDays", "30"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"roomKind-err\"")
        .contains("id=\"label-err\"")
        .doesNotContain("id=\"status-err\"")
        .contains("value=\"30\"");

    // The label typed is kept when another field is wrong; nothing is stored.
    html =
        mvc.perform(
                form("/admin/facilities/kz-akt-pd1/cameras")
                    .param("roomKind", "attic")
                    .param("label", label)
                    .param("status", "melted")
                    .param("retentionDays", "many"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"roomKind-err\"")
        .contains("id=\"status-err\"")
        .contains("id=\"retentionDays-err\"")
        .contains("value=\"" + label + "\"")
        .contains("value=\"many\"");
    mvc.perform(get("/api/v1/facilities/kz-akt-pd1/cameras").with(user("admin").password(PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(label))));

    // An unknown facility is not found; no one else registers cameras here.
    mvc.perform(
            form("/admin/facilities/no-such-place/cameras")
                .param("roomKind", "cell")
                .param("label", label)
                .param("status", "working"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/facilities/kz-akt-pd1/cameras")
                .with(user("officer").password(PASSWORD))
                .with(csrf())
                .param("roomKind", "cell")
                .param("label", label)
                .param("status", "working"))
        .andExpect(status().isForbidden());
  }

  // --- fixtures --------------------------------------------------------------------------------

  private String created(Role role) {
    var name = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + tag();
    users.create(name, PASSWORD, "Test " + name, role, null, null, "en");
    return name;
  }

  private AdminActions.Action lastAction(String subject) {
    return actions.page(new AdminActions.Filter(null, null, null, null), 0, 200).stream()
        .filter(a -> a.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no audited action on " + subject));
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String key() {
    return UserLocaleResolver.SESSION_KEY;
  }

  static MockHttpServletRequestBuilder form(String path) {
    return post(path)
        .with(user("admin").password(PASSWORD))
        .with(csrf())
        .header("Accept-Language", "en");
  }

  static MockHttpServletRequestBuilder page(String user, String path) {
    return get(path).with(user(user).password(PASSWORD)).header("Accept-Language", "en");
  }

  static org.springframework.test.web.servlet.ResultMatcher contains(String text) {
    return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
        .string(org.hamcrest.Matchers.containsString(text));
  }
}
