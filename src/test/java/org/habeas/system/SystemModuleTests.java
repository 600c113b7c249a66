package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.ModuleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * System alone (it depends on no module): a user created by an administrator is found with their
 * role and facility, and only a hash of the password is stored.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
// The interfaces system declares for monitoring to implement: not used here.
@MockitoBean(types = {Agencies.class, VideoRegister.class})
// No other test shares this context: closed after the class, its connections go back to the server.
@DirtiesContext
class SystemModuleTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ModuleFixtures.database(registry);
  }

  @Autowired private Users users;
  @Autowired private Facilities facilities;
  @Autowired private PasswordEncoder passwords;
  @Autowired private JdbcClient jdbc;

  @Test
  void aCreatedUserIsFoundAndOnlyTheHashOfTheirPasswordIsStored() {
    // given a new officer's account at the module tests' facility
    ModuleFixtures.facility(facilities);
    var username = "mt-user-" + System.nanoTime();

    // when it is created
    users.create(
        username,
        "correct horse battery",
        "Module User",
        Role.CUSTODY_OFFICER,
        ModuleFixtures.FACILITY,
        "mt",
        "kk");

    // then the user is found as created, and the password is not stored as given
    var actor = users.find(username).orElseThrow();
    assertThat(actor.role()).isEqualTo(Role.CUSTODY_OFFICER);
    assertThat(actor.facilityId()).isEqualTo(ModuleFixtures.FACILITY);
    assertThat(actor.language()).isEqualTo("kk");
    var stored =
        jdbc.sql("select password_hash from app_user where username = ?")
            .param(username)
            .query(String.class)
            .single();
    assertThat(stored).isNotEqualTo("correct horse battery");
    assertThat(passwords.matches("correct horse battery", stored)).isTrue();
  }
}
