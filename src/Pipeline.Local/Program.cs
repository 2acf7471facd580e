using System.Text;
using Pipeline.Local.Commands;

Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
