Console.WriteLine("evaluation: not yet");
