package dev.errorcontract.examples.passport.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Served only with {@code --fault-injection}: a bug on demand, to show that an unexpected exception
 * answers with the documented 500 and nothing of the exception reaches the client (the Spring twin
 * of example-support's {@code DebugResource}).
 */
@RestController
@ConditionalOnProperty(name = PassportApplication.FAULT_INJECTION, havingValue = "true")
class DebugController {

  /** Throws an unchecked exception carrying {@code message}. */
  @GetMapping("/debug/fail")
  String fail(@RequestParam(name = "message", required = false) String message) {
    throw new IllegalStateException(message);
  }
}
