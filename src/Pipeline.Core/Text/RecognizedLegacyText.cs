using Pipeline.Core.Annexes;

namespace Pipeline.Core.Text;

/// <summary>A cell text that reads as Vietnamese in a legacy encoding, and what it reads as in Unicode.</summary>
/// <param name="Encoding">The encoding the text was typed in.</param>
/// <param name="Text">The text in Unicode, NFC.</param>
/// <param name="Certain">
/// True when the text is clearly legacy (at least half its changed words were not words before); false when
/// it also reads as ordinary text ("Ghi chó" is TCVN3 for "Ghi chú", and Vietnamese too), which
/// only a sheet known to be typed in that encoding may convert.
/// </param>
public sealed record RecognizedLegacyText(LegacyEncoding Encoding, string Text, bool Certain);
