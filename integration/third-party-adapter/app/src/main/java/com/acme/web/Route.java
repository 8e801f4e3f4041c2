package com.acme.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The imaginary Acme framework's handler method: its HTTP method and path. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Route {

  /** @return the HTTP method */
  String method();

  /** @return the path, templates as {@code {name}} */
  String path();
}
