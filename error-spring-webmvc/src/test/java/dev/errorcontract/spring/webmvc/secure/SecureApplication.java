package dev.errorcontract.spring.webmvc.secure;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application behind Spring Security (HTTP Basic): its 401 entry point and its 403 access-denied
 * handler answer with {@code sendError}, outside the dispatcher.
 */
@SpringBootApplication
public class SecureApplication {

  @Bean
  public SecurityFilterChain security(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/admin/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  public UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("user").password("{noop}secret-password").roles("USER").build());
  }

  @RestController
  public static class Hello {
    @GetMapping("/hello")
    public String hello() {
      return "hello";
    }

    @GetMapping("/admin/report")
    public String report() {
      return "report";
    }
  }
}
