package vn.phoihop.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@link LoginThrottle} counts by: a client address (an IPv6 client by its /64 network, since
 * one host can use any address in it) and an account name (case-insensitive), both bounded in
 * length so that a client cannot make the throttle store long strings.
 */
final class LoginThrottleKeys {

  private static final int MAX_KEY_LENGTH = 128;
  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private LoginThrottleKeys() {}

  /**
   * The key of a client address: the address itself, or for IPv6 its /64 network. Never resolves a
   * name.
   */
  static String address(String clientAddress) {
    if (clientAddress == null || clientAddress.isBlank()) {
      return "unknown";
    }
    String address = clientAddress.strip();
    if (address.indexOf(':') < 0) {
      return truncate(address);
    }
    String literal =
        address.startsWith("[") && address.endsWith("]")
            ? address.substring(1, address.length() - 1)
            : address;
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!IPV6_LITERAL.matcher(literal).matches()) {
      return truncate(address);
    }
    try {
      // Brackets: a literal or an UnknownHostException, never a DNS lookup.
      InetAddress ip = InetAddress.getByName("[" + literal + "]");
      if (ip instanceof Inet6Address) {
        byte[] network = ip.getAddress();
        Arrays.fill(network, 8, 16, (byte) 0);
        return InetAddress.getByAddress(network).getHostAddress() + "/64";
      }
      return ip.getHostAddress(); // IPv4-mapped
    } catch (UnknownHostException e) {
      return truncate(address);
    }
  }

  static String account(String account) {
    return account == null ? "" : truncate(account.strip().toLowerCase(Locale.ROOT));
  }

  private static String truncate(String value) {
    return value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
  }
}
