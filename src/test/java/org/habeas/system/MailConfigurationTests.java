package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail is decided when Habeas starts, from {@code spring.mail.host}, not by a bean condition that
 * Spring AOT would fix at build time: the sender bean always exists, and the code that mails asks
 * {@code ObjectProvider.getIfAvailable()}, which must give no sender without a host and Boot's
 * sender with one. Boot's own mail auto-configuration stays in the context, as in the application,
 * to show that it steps aside.
 */
class MailConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
          .withUserConfiguration(MailConfiguration.class);

  @Test
  void noHostNoSender() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        });
  }

  @Test
  void aHostGivesTheSenderOfItsSettings() {
    runner
        .withPropertyValues(
            "spring.mail.host=smtp.habeas.test",
            "spring.mail.port=2525",
            "spring.mail.username=habeas",
            "spring.mail.password=secret",
            "spring.mail.properties.mail.smtp.timeout=10000",
            "spring.mail.ssl.enabled=true")
        .run(
            context -> {
              var sender = context.getBeanProvider(JavaMailSender.class).getIfAvailable();
              assertThat(sender).isInstanceOf(JavaMailSenderImpl.class);
              var impl = (JavaMailSenderImpl) sender;
              assertThat(impl.getHost()).isEqualTo("smtp.habeas.test");
              assertThat(impl.getPort()).isEqualTo(2525);
              assertThat(impl.getUsername()).isEqualTo("habeas");
              assertThat(impl.getPassword()).isEqualTo("secret");
              assertThat(impl.getJavaMailProperties())
                  .containsEntry("mail.smtp.timeout", "10000")
                  .containsEntry("mail.smtp.ssl.enable", "true");
              assertThat(context.getBeansOfType(JavaMailSender.class)).hasSize(1);
            });
  }
}
