package dev.errorcontract.spring.webmvc.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Boot application with nothing in it: started without Spring MVC, or as no web application. */
@SpringBootApplication
public class PlainApplication {}
