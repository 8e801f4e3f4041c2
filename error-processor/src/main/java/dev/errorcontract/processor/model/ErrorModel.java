package dev.errorcontract.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * An error the server may answer with.
 *
 * @param status the documented status code
 * @param detail the detail as published; a template keeps its placeholders
 * @param template the detail split into text and placeholders
 * @param description what the error means, as published (a status's own error takes the status's)
 * @param code the machine code, or null
 * @param args the template's typed arguments, in declaration order
 * @param constantName the generated enum constant
 * @param className the generated nested exception class
 * @param recordsStackTrace whether the exception fills in its stack trace
 * @param declared whether this is a row of the published error table (false: a status answering with
 *     its title)
 * @param answersStatus whether this error is the one its status answers with by default (its detail is
 *     the status title)
 */
public record ErrorModel(
    int status,
    String detail,
    DetailTemplate template,
    String description,
    String code,
    List<ArgModel> args,
    String constantName,
    String className,
    boolean recordsStackTrace,
    boolean declared,
    boolean answersStatus) {

  /** A typed template argument. */
  public record ArgModel(String name, TypeMirror type) {}

  /** Whether the detail has placeholders filled in per exception. */
  public boolean isTemplate() {
    return template.isTemplate();
  }
}
