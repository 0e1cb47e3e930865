package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.lang.Nullable;
import vn.phoihop.shared.DomainException;

/**
 * Spring's JSON converter, except that a body Jackson refuses for one of its values (wrong type,
 * duplicate key, unknown property, value not allowed) becomes {@link DomainException#invalid}
 * naming that value's field as the client wrote it ({@code title}, {@code partnerAgencies[1]}).
 * Malformed JSON and anything else stay Spring's {@link HttpMessageNotReadableException}.
 */
class FieldNamingJsonConverter extends MappingJackson2HttpMessageConverter {

  FieldNamingJsonConverter(ObjectMapper objectMapper) {
    super(objectMapper);
  }

  @Override
  public Object read(Type type, @Nullable Class<?> contextClass, HttpInputMessage inputMessage)
      throws IOException {
    try {
      return super.read(type, contextClass, inputMessage);
    } catch (HttpMessageNotReadableException e) {
      throw translated(e);
    }
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
    try {
      return super.readInternal(clazz, inputMessage);
    } catch (HttpMessageNotReadableException e) {
      throw translated(e);
    }
  }

  private static RuntimeException translated(HttpMessageNotReadableException e) {
    DomainException refusal = JsonRefusals.of(e.getCause());
    return refusal == null ? e : refusal;
  }
}
