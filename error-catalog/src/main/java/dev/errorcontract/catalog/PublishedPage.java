package dev.errorcontract.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the checked-in Markdown page an {@link ErrorCatalog} is the code of, and makes the build fail
 * when they disagree.
 *
 * <p>At every compilation the processor reads the page, finds its status table (by default headed {@code
 * | Code | Title | Description |}) and its error table (by default {@code | Error Detail | Description
 * |}), and compares them row by row with the catalog's {@link Status} and {@link ApiError} rows, in
 * order. A page laid out otherwise names its own columns ({@link #statusColumns()}, {@link
 * #errorColumns()}); the generated Markdown page uses the same columns. Every difference is a compile error: a row the page lacks, a row the catalog lacks, a row in
 * another position, or a cell whose text differs (both texts are shown). Cells are compared in their cell form (a {@code |} escaped, a line break written {@code <br>}),
 * after trimming the padding around them: different text is never accepted as the same. Front matter,
 * prose, code blocks and other tables on the page are ignored.
 *
 * <pre>{@code
 * @ErrorCatalog("Passport")
 * @Status(code = 400, title = "Bad request", description = "Bad request")
 * @ApiError(status = 400, detail = "Invalid nonce", description = "...")
 * @FieldBody("detail")
 * @PublishedPage("src/docs/errors.md")
 * interface PassportErrors {}
 * }</pre>
 *
 * <p>The path is relative to the project (module) directory. The processor takes that directory from
 * the compiler option {@code -Aerrorcontract.projectDir=<dir>} (Maven: {@code
 * -Aerrorcontract.projectDir=${project.basedir}}); without it, from the class output directory: the
 * nearest directory above it holding a {@code pom.xml}, {@code build.gradle} or {@code
 * build.gradle.kts}. An absolute path is used as it is.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PublishedPage {

  /**
   * The page's path, relative to the project directory, such as {@code "src/docs/errors.md"}. Left out,
   * there is no checked-in page: the columns below are then only the layout of the generated Markdown
   * page, whose default otherwise shows every value that reaches the wire (status, machine code, the
   * row's title, attributes, detail, description).
   */
  String value() default "";

  /**
   * The columns of the page's status table, in order. Default: {@code Code} (the codes), {@code Title},
   * {@code Description}.
   */
  Column[] statusColumns() default {
    @Column(header = "Code", value = Column.Cell.STATUS),
    @Column(header = "Title", value = Column.Cell.TITLE),
    @Column(header = "Description", value = Column.Cell.DESCRIPTION)
  };

  /**
   * The columns of the page's error table, in order, such as {@code Status}, {@code Code}, {@code
   * Type} (an attribute) and {@code Message}. Default: {@code Error Detail}, {@code Description}.
   */
  Column[] errorColumns() default {
    @Column(header = "Error Detail", value = Column.Cell.DETAIL),
    @Column(header = "Description", value = Column.Cell.DESCRIPTION)
  };
}
