namespace Pipeline.Core.Annexes;

/// <summary>
/// The pre-Unicode Vietnamese encodings communes still type in. Excel stores their text as
/// Windows-1252 characters, so "Không đạt" arrives as "Kh«ng ®¹t" (TCVN3) or "Khoâng ñaït" (VNI).
/// Serialised as "tcvn3" and "vni".
/// </summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 (ABC), fonts .VnTime, .VnArial…; the ".…H" fonts write capitals with the lowercase codes.</summary>
    Tcvn3,

    /// <summary>VNI-Windows, fonts VNI-Times, VNI-Helve…: a base letter followed by accent characters.</summary>
    Vni,
}
