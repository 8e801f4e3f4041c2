package dev.errorcontract.processor.jaxrs;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errorcontract.processor.spi.CatalogView;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Generates a catalog's JAX-RS providers as classes of the user's package, when error-jaxrs is on the
 * class path: the mappers of the catalog's exceptions, of {@code WebApplicationException} and of every
 * other {@code Throwable}, the body writer, the response filter and the reader interceptor.
 *
 * <p>Each is a {@code @Provider} with a public no-argument constructor, so that a Jakarta EE server
 * finds it by scanning and Quarkus by its build-time index of the application's classes (which
 * always holds the application's own classes, never a library's unindexed ones), and instantiates
 * it itself: the implementation then injects its {@code @Context} fields, which it does not do for
 * instances a {@code Feature} registers on Quarkus. Each is thin: it passes the call, and the
 * injected {@code ResourceInfo} where the runtime needs it, to {@code ProviderRuntime}, the tested
 * runtime {@code ErrorContractFeature} registers too. They carry that feature's priority, and
 * implement {@code GeneratedProvider<CatalogError>} so the feature registers nothing they do already.
 */
final class ProvidersGenerator {

  static final String RUNTIME = "dev.errorcontract.jaxrs.internal.ProviderRuntime";
  /** {@code ErrorContractFeature.PRIORITY}; error-jaxrs's tests check the generated classes carry it. */
  static final int PRIORITY = 100;

  private static final String WS = "jakarta.ws.rs";
  private static final ClassName PROVIDER = ClassName.get(WS + ".ext", "Provider");
  private static final ClassName PRIORITY_ANNOTATION = ClassName.get("jakarta.annotation", "Priority");
  private static final ClassName CONTEXT = ClassName.get(WS + ".core", "Context");
  private static final ClassName RESPONSE = ClassName.get(WS + ".core", "Response");
  private static final ClassName RESOURCE_INFO = ClassName.get(WS + ".container", "ResourceInfo");
  private static final ClassName EXCEPTION_MAPPER = ClassName.get(WS + ".ext", "ExceptionMapper");
  private static final ClassName WEB_APPLICATION_EXCEPTION = ClassName.get(WS, "WebApplicationException");
  private static final ClassName RESPONSE_FILTER = ClassName.get(WS + ".container", "ContainerResponseFilter");
  private static final ClassName REQUEST_CONTEXT = ClassName.get(WS + ".container", "ContainerRequestContext");
  private static final ClassName RESPONSE_CONTEXT = ClassName.get(WS + ".container", "ContainerResponseContext");
  private static final ClassName READER_INTERCEPTOR = ClassName.get(WS + ".ext", "ReaderInterceptor");
  private static final ClassName READER_CONTEXT = ClassName.get(WS + ".ext", "ReaderInterceptorContext");
  private static final ClassName BODY_WRITER = ClassName.get(WS + ".ext", "MessageBodyWriter");
  private static final ClassName MEDIA_TYPE = ClassName.get(WS + ".core", "MediaType");
  private static final ClassName MULTIVALUED_MAP = ClassName.get(WS + ".core", "MultivaluedMap");
  private static final ClassName ERROR_BODY = ClassName.get("dev.errorcontract.catalog", "ErrorBody");
  private static final ClassName GENERATED_PROVIDER =
      ClassName.get("dev.errorcontract.jaxrs.internal", "GeneratedProvider");
  private static final ClassName PROVIDER_RUNTIME = ClassName.bestGuess(RUNTIME);
  private static final TypeName ANNOTATIONS = TypeName.get(java.lang.annotation.Annotation[].class);
  private static final TypeName WILDCARD_CLASS =
      ParameterizedTypeName.get(ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName GENERIC_TYPE = ClassName.get(java.lang.reflect.Type.class);

  private final JaxrsFiles files;
  private final boolean available;
  private final boolean priorityAvailable;

  ProvidersGenerator(JaxrsFiles files, Elements elements) {
    this.files = files;
    this.available = elements.getTypeElement(RUNTIME) != null
        && elements.getTypeElement(PROVIDER.canonicalName()) != null;
    // jakarta.annotation is on every implementation's class path, not always on the compiler's.
    this.priorityAvailable = elements.getTypeElement(PRIORITY_ANNOTATION.canonicalName()) != null;
  }

  /**
   * Whether the providers are generated without {@code @Priority}, which only the compiler's class path
   * decides: error-jaxrs and the JAX-RS API on it, jakarta.annotation not.
   */
  boolean withoutPriority() {
    return available && !priorityAvailable;
  }

  /** The providers of {@code catalog}; none when error-jaxrs is not on the class path. */
  List<JavaFile> generate(CatalogView catalog) {
    if (!available) {
      return List.of();
    }
    return List.of(
        catalogExceptionMapper(catalog),
        webApplicationExceptionMapper(catalog),
        throwableMapper(catalog),
        responseFilter(catalog),
        bodyWriter(catalog),
        readerInterceptor(catalog));
  }

  private JavaFile catalogExceptionMapper(CatalogView catalog) {
    ClassName exception = JaxrsFiles.type(catalog, catalog.exceptionName());
    TypeSpec.Builder type = provider(catalog, "ExceptionMapper",
        ParameterizedTypeName.get(EXCEPTION_MAPPER, exception),
        "Answers every {@link $T} with exactly what the $L catalog documents:\n"
            + "its status, body, media type and headers. Its cause is logged with a correlation id ({@code\n"
            + "ERROR} for a 5xx, {@code DEBUG} for a 4xx), never sent.\n", exception, catalog.name());
    // The resource information feeds the opt-in operations check (issue 16): the operation's throws clause.
    type.addField(runtimeField(catalog))
        .addField(resourceInfoField())
        .addMethod(runtimeConstructor(catalog))
        .addMethod(MethodSpec.methodBuilder("toResponse")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RESPONSE)
            .addParameter(exception, "exception")
            .addStatement("return runtime.toResponse(exception, resourceInfo)")
            .build());
    return files.file(catalog, type);
  }

  private JavaFile webApplicationExceptionMapper(CatalogView catalog) {
    TypeSpec.Builder type = provider(catalog, "WebApplicationExceptionMapper",
        ParameterizedTypeName.get(EXCEPTION_MAPPER, WEB_APPLICATION_EXCEPTION),
        "Answers a {@link $T}, the framework's (an unknown path, a method not\n"
            + "allowed, an unreadable body) or the application's, with the documented answer of the $L\n"
            + "catalog for its status.\n",
        WEB_APPLICATION_EXCEPTION, catalog.name());
    type.addField(runtimeField(catalog))
        .addField(resourceInfoField())
        .addMethod(runtimeConstructor(catalog))
        .addMethod(MethodSpec.methodBuilder("toResponse")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RESPONSE)
            .addParameter(WEB_APPLICATION_EXCEPTION, "exception")
            .addStatement("return runtime.toResponse(exception, resourceInfo)")
            .build());
    return files.file(catalog, type);
  }

  private JavaFile throwableMapper(CatalogView catalog) {
    TypeName throwable = ClassName.get(Throwable.class);
    TypeSpec.Builder type = provider(catalog, "ThrowableMapper",
        ParameterizedTypeName.get(EXCEPTION_MAPPER, throwable),
        "Answers every other exception as the $L catalog's unexpected failure, never with its\n"
            + "message, class or stack; it is logged with a correlation id sent in {@code X-Correlation-Id}.\n",
        catalog.name());
    type.addField(runtimeField(catalog))
        .addField(resourceInfoField())
        .addMethod(runtimeConstructor(catalog))
        .addMethod(MethodSpec.methodBuilder("toResponse")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RESPONSE)
            .addParameter(throwable, "thrown")
            .addStatement("return runtime.toResponse(thrown, resourceInfo)")
            .build());
    return files.file(catalog, type);
  }

  private JavaFile responseFilter(CatalogView catalog) {
    TypeSpec.Builder type = provider(catalog, "ResponseFilter", RESPONSE_FILTER,
        "Sees every response: replaces an error response that is not a documented one of the $L\n"
            + "catalog (an entity the application set itself) with the documented answer for its status, and\n"
            + "puts the request's instance in answers when the catalog says so.\n", catalog.name());
    type.addField(runtimeField(catalog))
        .addField(resourceInfoField())
        .addMethod(runtimeConstructor(catalog))
        .addMethod(MethodSpec.methodBuilder("filter")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(REQUEST_CONTEXT, "request")
            .addParameter(RESPONSE_CONTEXT, "response")
            .addStatement("runtime.filter(request, response, resourceInfo)")
            .build());
    return files.file(catalog, type);
  }

  private JavaFile bodyWriter(CatalogView catalog) {
    TypeName writerType = ParameterizedTypeName.get(BODY_WRITER, ERROR_BODY);
    TypeSpec.Builder type = provider(catalog, "BodyWriter", writerType,
        "Writes the $L catalog's bodies byte for byte, with the media type spelled as declared,\n"
            + "whatever JSON provider the application installs.\n", catalog.name());
    type.addField(FieldSpec.builder(writerType, "WRITER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.bodyWriter()", PROVIDER_RUNTIME)
            .addJavadoc("The library's writer; stateless, shared.\n")
            .build())
        .addMethod(noArgumentConstructor().build())
        .addMethod(MethodSpec.methodBuilder("isWriteable")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(WILDCARD_CLASS, "type")
            .addParameter(GENERIC_TYPE, "genericType")
            .addParameter(ANNOTATIONS, "annotations")
            .addParameter(MEDIA_TYPE, "mediaType")
            .addStatement("return WRITER.isWriteable(type, genericType, annotations, mediaType)")
            .build())
        .addMethod(MethodSpec.methodBuilder("getSize")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(long.class)
            .addParameter(ERROR_BODY, "body")
            .addParameter(WILDCARD_CLASS, "type")
            .addParameter(GENERIC_TYPE, "genericType")
            .addParameter(ANNOTATIONS, "annotations")
            .addParameter(MEDIA_TYPE, "mediaType")
            .addStatement("return WRITER.getSize(body, type, genericType, annotations, mediaType)")
            .build())
        .addMethod(MethodSpec.methodBuilder("writeTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ERROR_BODY, "body")
            .addParameter(WILDCARD_CLASS, "type")
            .addParameter(GENERIC_TYPE, "genericType")
            .addParameter(ANNOTATIONS, "annotations")
            .addParameter(MEDIA_TYPE, "mediaType")
            .addParameter(ParameterizedTypeName.get(MULTIVALUED_MAP, ClassName.get(String.class), ClassName.get(Object.class)),
                "httpHeaders")
            .addParameter(ClassName.get(java.io.OutputStream.class), "out")
            .addException(java.io.IOException.class)
            .addStatement("WRITER.writeTo(body, type, genericType, annotations, mediaType, httpHeaders, out)")
            .build());
    return files.file(catalog, type);
  }

  private JavaFile readerInterceptor(CatalogView catalog) {
    TypeSpec.Builder type = provider(catalog, "ReaderInterceptor", READER_INTERCEPTOR,
        "Makes a request body the installed reader cannot read (malformed JSON, a string where a\n"
            + "number belongs) the $L catalog's documented answer to an unreadable body.\n", catalog.name());
    type.addMethod(noArgumentConstructor().build())
        .addMethod(MethodSpec.methodBuilder("aroundReadFrom")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(READER_CONTEXT, "context")
            .addException(java.io.IOException.class)
            .addStatement("return $T.readerInterceptor().aroundReadFrom(context)", PROVIDER_RUNTIME)
            .build());
    return files.file(catalog, type);
  }

  /** The class, its annotations, interfaces and Javadoc, shared by every provider. */
  private TypeSpec.Builder provider(
      CatalogView catalog, String suffix, TypeName role, String javadoc, Object... args) {
    ClassName errorEnum = JaxrsFiles.type(catalog, catalog.errorEnumName());
    TypeSpec.Builder type = TypeSpec.classBuilder(catalog.name() + suffix)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(role)
        .addSuperinterface(ParameterizedTypeName.get(GENERATED_PROVIDER, errorEnum))
        .addAnnotation(PROVIDER)
        .addJavadoc(javadoc, args)
        .addJavadoc("\n<p>Found by scanning and by build-time indexers (Quarkus): nothing to register. In Java SE,\n"
            + "register {@link $L#feature()} instead; registering both sends the same bytes. Thin: it\n"
            + "delegates to the error-jaxrs runtime the feature registers too.\n",
            JaxrsFiles.featureName(catalog));
    if (priorityAvailable) {
      type.addAnnotation(AnnotationSpec.builder(PRIORITY_ANNOTATION).addMember("value", "$L", PRIORITY).build());
    }
    return type;
  }

  private static FieldSpec runtimeField(CatalogView catalog) {
    return FieldSpec.builder(PROVIDER_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The catalog's runtime, shared by every provider of the catalog.\n")
        .build();
  }

  private static MethodSpec runtimeConstructor(CatalogView catalog) {
    return noArgumentConstructor()
        .addStatement("this.runtime = $T.of($T.table())",
            PROVIDER_RUNTIME, JaxrsFiles.type(catalog, catalog.errorEnumName()))
        .build();
  }

  private static MethodSpec.Builder noArgumentConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Called by the JAX-RS implementation.\n");
  }

  /** Package-private, not private: Quarkus injects such fields without reflection. */
  private static FieldSpec resourceInfoField() {
    return FieldSpec.builder(RESOURCE_INFO, "resourceInfo")
        .addAnnotation(CONTEXT)
        .addJavadoc("The matched resource, injected by the implementation per request.\n")
        .build();
  }
}
